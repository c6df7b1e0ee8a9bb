package ca.pignon.conversation.web;

import org.jspecify.annotations.Nullable;

import ca.pignon.conversation.ContactChoice;

/** An advisor's choice of the contact details merchants see. */
class ContactForm {

	private boolean showEmail;

	private @Nullable String phone;

	private boolean showPhone;

	static ContactForm of(ContactChoice choice) {
		ContactForm form = new ContactForm();
		form.showEmail = choice.showEmail();
		form.phone = choice.phone();
		form.showPhone = choice.showPhone();
		return form;
	}

	public boolean isShowEmail() {
		return showEmail;
	}

	public void setShowEmail(boolean showEmail) {
		this.showEmail = showEmail;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public boolean isShowPhone() {
		return showPhone;
	}

	public void setShowPhone(boolean showPhone) {
		this.showPhone = showPhone;
	}

}
