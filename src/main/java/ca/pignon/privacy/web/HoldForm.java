package ca.pignon.privacy.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A legal hold to place: on which dossier, and why. */
class HoldForm {

	private @Nullable UUID application;

	private @Nullable String reason;

	public @Nullable UUID getApplication() {
		return application;
	}

	public void setApplication(@Nullable UUID application) {
		this.application = application;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

}
