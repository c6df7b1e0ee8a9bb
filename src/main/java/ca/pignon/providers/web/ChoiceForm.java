package ca.pignon.providers.web;

/** The merchant's choice: the quote chosen and why, in a sentence. */
public class ChoiceForm {

	private String request = "";

	private String reason = "";

	public String getRequest() {
		return request;
	}

	public void setRequest(@org.jspecify.annotations.Nullable String request) {
		this.request = request == null ? "" : request;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(@org.jspecify.annotations.Nullable String reason) {
		this.reason = reason == null ? "" : reason;
	}

}
