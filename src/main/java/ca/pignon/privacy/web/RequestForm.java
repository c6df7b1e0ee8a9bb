package ca.pignon.privacy.web;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

import ca.pignon.privacy.RequestKind;

/** A merchant's request, as typed: the kind is checked by the binder, the details by the privacy rules. */
class RequestForm {

	private @Nullable RequestKind kind;

	private @Nullable String details;

	/**
	 * The binder's refusals of this form but for the kind's: an unknown kind (a tampered form) reads as none chosen,
	 * which the privacy rules name.
	 */
	static BindingResult withoutKindError(RequestForm form, BindingResult binding, String name) {
		BindingResult errors = new BeanPropertyBindingResult(form, name);
		binding.getFieldErrors().stream().filter(error -> !error.getField().equals("kind")).forEach(errors::addError);
		if (binding.hasFieldErrors("kind")) {
			form.setKind(null);
		}
		return errors;
	}

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
