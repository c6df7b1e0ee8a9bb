package ca.pignon.providers.web;

/** A manager's vetting: the checklist, the decision and the reason the provider reads. */
public class VettingForm {

	private boolean neqChecked = false;

	private boolean referencesCalled = false;

	private boolean workSeen = false;

	private String decision = "";

	private String reason = "";

	public boolean isNeqChecked() {
		return neqChecked;
	}

	public void setNeqChecked(boolean neqChecked) {
		this.neqChecked = neqChecked;
	}

	public boolean isReferencesCalled() {
		return referencesCalled;
	}

	public void setReferencesCalled(boolean referencesCalled) {
		this.referencesCalled = referencesCalled;
	}

	public boolean isWorkSeen() {
		return workSeen;
	}

	public void setWorkSeen(boolean workSeen) {
		this.workSeen = workSeen;
	}

	public String getDecision() {
		return decision;
	}

	public void setDecision(@org.jspecify.annotations.Nullable String decision) {
		this.decision = decision == null ? "" : decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@org.jspecify.annotations.Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}

}
