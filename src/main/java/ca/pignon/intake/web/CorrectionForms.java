package ca.pignon.intake.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.Phone;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Contact;

/**
 * The forms of the corrections a merchant makes after submitting, checked as at registration; an invalid one comes
 * back with what was typed. The links are the online step's own ({@link RegistrationForms.OnlineLinks}).
 */
final class CorrectionForms {

	private CorrectionForms() {
	}

	static final class ContactCorrection {

		@NotBlank(message = "{intake.contact.firstName.required}")
		@Size(max = 80, message = "{intake.field.tooLong}")
		private @Nullable String firstName;

		@NotBlank(message = "{intake.contact.lastName.required}")
		@Size(max = 80, message = "{intake.field.tooLong}")
		private @Nullable String lastName;

		@Phone(message = "{intake.contact.phone.invalid}")
		private @Nullable String phone;

		static ContactCorrection of(ApplicationDetails application) {
			ContactCorrection form = new ContactCorrection();
			if (application.contact() != null) {
				form.firstName = application.contact().firstName();
				form.lastName = application.contact().lastName();
				form.phone = application.contact().phone();
			}
			return form;
		}

		Contact contact() {
			return new Contact(Inputs.trimmed(firstName), Inputs.trimmed(lastName), Inputs.trimmed(phone));
		}

		public @Nullable String getFirstName() {
			return firstName;
		}

		public void setFirstName(@Nullable String firstName) {
			this.firstName = firstName;
		}

		public @Nullable String getLastName() {
			return lastName;
		}

		public void setLastName(@Nullable String lastName) {
			this.lastName = lastName;
		}

		public @Nullable String getPhone() {
			return phone;
		}

		public void setPhone(@Nullable String phone) {
			this.phone = phone;
		}

	}

}
