package ca.pignon.privacy.web;

import org.jspecify.annotations.Nullable;

/** The answer of the person in charge, with the version of the request the page showed. */
class AnswerForm {

	private @Nullable String answer;

	private long version;

	public @Nullable String getAnswer() {
		return answer;
	}

	public void setAnswer(@Nullable String answer) {
		this.answer = answer;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
