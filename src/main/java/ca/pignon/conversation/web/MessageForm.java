package ca.pignon.conversation.web;

import org.jspecify.annotations.Nullable;

/** A message typed on the conversation's page. */
class MessageForm {

	private @Nullable String body;

	public @Nullable String getBody() {
		return body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

}
