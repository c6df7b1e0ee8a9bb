package ca.pignon.providers.web;

/** Sending a brief for quotes: the deadline and, from the merchant only, the consent to share who they are. */
public class SendForm {

	private String answerBy = "";

	private boolean shareContact = false;

	public String getAnswerBy() {
		return answerBy;
	}

	public void setAnswerBy(@org.jspecify.annotations.Nullable String answerBy) {
		this.answerBy = answerBy == null ? "" : answerBy;
	}

	public boolean isShareContact() {
		return shareContact;
	}

	public void setShareContact(boolean shareContact) {
		this.shareContact = shareContact;
	}

}
