package ca.pignon.progress.web;

import org.jspecify.annotations.Nullable;

/** A comment on an action, or a request for help when {@code help} is set. */
class CommentForm {

	private @Nullable String body;

	private boolean help;

	public @Nullable String getBody() {
		return body;
	}

	public void setBody(@Nullable String body) {
		this.body = body;
	}

	public boolean isHelp() {
		return help;
	}

	public void setHelp(boolean help) {
		this.help = help;
	}

}
