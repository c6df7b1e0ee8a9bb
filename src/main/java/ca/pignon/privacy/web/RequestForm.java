package ca.pignon.privacy.web;

import org.jspecify.annotations.Nullable;

import ca.pignon.privacy.RequestKind;

/** A merchant's request, as typed: the kind is checked by the binder, the details by the privacy rules. */
class RequestForm {

	private @Nullable RequestKind kind;

	private @Nullable String details;

	public @Nullable RequestKind getKind() {
		return kind;
	}

	public void setKind(@Nullable RequestKind kind) {
		this.kind = kind;
	}

	public @Nullable String getDetails() {
		return details;
	}

	public void setDetails(@Nullable String details) {
		this.details = details;
	}

}
