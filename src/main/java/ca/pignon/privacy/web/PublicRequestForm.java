package ca.pignon.privacy.web;

import org.jspecify.annotations.Nullable;

/** A request from the public form, as typed: who, where to reach them, the kind and the details. */
class PublicRequestForm extends RequestForm {

	private @Nullable String name;

	private @Nullable String email;

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

}
