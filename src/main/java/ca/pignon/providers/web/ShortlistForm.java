package ca.pignon.providers.web;

/** A change to a shortlist: a provider of the directory, or one from outside it, and why. */
public class ShortlistForm {

	private String provider = "";

	private String outsideName = "";

	private String outsideEmail = "";

	private String reason = "";

	public String getProvider() {
		return provider;
	}

	public void setProvider(@org.jspecify.annotations.Nullable String provider) {
		this.provider = provider == null ? "" : provider;
	}

	public String getOutsideName() {
		return outsideName;
	}

	public void setOutsideName(@org.jspecify.annotations.Nullable String outsideName) {
		this.outsideName = outsideName == null ? "" : outsideName;
	}

	public String getOutsideEmail() {
		return outsideEmail;
	}

	public void setOutsideEmail(@org.jspecify.annotations.Nullable String outsideEmail) {
		this.outsideEmail = outsideEmail == null ? "" : outsideEmail;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@org.jspecify.annotations.Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}

}
