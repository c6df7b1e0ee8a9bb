package ca.pignon.intake.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Business;
import ca.pignon.intake.Commitment;
import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.Contact;
import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.Storefront;
import ca.pignon.intake.WorkBy;
import ca.pignon.shared.Phone;

/**
 * The forms of the registration steps. Each is checked on the server; an invalid form is shown again with what was
 * typed, so that nothing is lost.
 */
final class RegistrationForms {

	private RegistrationForms() {
	}

	/** The contact person, as the account step asks for them and as the merchant corrects them after submitting. */
	static class ContactFields {

		@NotBlank(message = "{intake.contact.firstName.required}")
		@Size(max = 80, message = "{intake.field.tooLong}")
		private @Nullable String firstName;

		@NotBlank(message = "{intake.contact.lastName.required}")
		@Size(max = 80, message = "{intake.field.tooLong}")
		private @Nullable String lastName;

		@Phone(message = "{intake.contact.phone.invalid}")
		private @Nullable String phone;

		static ContactFields of(@Nullable Contact contact) {
			ContactFields form = new ContactFields();
			if (contact != null) {
				form.firstName = contact.firstName();
				form.lastName = contact.lastName();
				form.phone = contact.phone();
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
			this.phone = phone == null ? null : phone.strip();
		}

	}

	static final class AccountStep extends ContactFields {

		@NotBlank(message = "{platform.email.required}")
		@Email(message = "{platform.email.invalid}")
		@Size(max = 254, message = "{platform.email.invalid}")
		private @Nullable String email;

		@NotBlank(message = "{platform.password.required}")
		private @Nullable String password;

		public @Nullable String getEmail() {
			return email;
		}

		public void setEmail(@Nullable String email) {
			this.email = email == null ? null : email.strip();
		}

		public @Nullable String getPassword() {
			return password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

	}

	static final class BusinessStep {

		@NotBlank(message = "{intake.business.legalName.required}")
		@Size(max = 200, message = "{intake.field.tooLong}")
		private @Nullable String legalName;

		@Size(max = 200, message = "{intake.field.tooLong}")
		private @Nullable String tradeName;

		@Pattern(regexp = "^$|^\\d{10}$", message = "{intake.business.neq.invalid}")
		private @Nullable String neq;

		// in the order of the page: the error summary lists the refusals in this order (platform.FieldOrder)
		@NotNull(message = "{intake.business.employees.required}")
		@Min(value = 0, message = "{intake.business.employees.range}")
		@Max(value = 9999, message = "{intake.business.employees.range}")
		private @Nullable Integer employees;

		@NotBlank(message = "{intake.business.naicsCode.required}")
		@Size(max = 10, message = "{intake.business.naicsCode.unknown}")
		private @Nullable String naicsCode;

		private @Nullable String sectorQuery;

		static BusinessStep of(@Nullable Business business) {
			var form = new BusinessStep();
			if (business != null) {
				form.legalName = business.legalName();
				form.tradeName = business.tradeName();
				form.neq = business.neq();
				form.naicsCode = business.naicsCode();
				form.employees = business.employees();
			}
			return form;
		}

		Business business() {
			return new Business(Inputs.trimmed(legalName), Inputs.trimmed(tradeName), Inputs.digits(neq),
					naicsCode.strip(), employees);
		}

		public @Nullable String getLegalName() {
			return legalName;
		}

		public void setLegalName(@Nullable String legalName) {
			this.legalName = legalName;
		}

		public @Nullable String getTradeName() {
			return tradeName;
		}

		public void setTradeName(@Nullable String tradeName) {
			this.tradeName = tradeName;
		}

		public @Nullable String getNeq() {
			return neq;
		}

		public void setNeq(@Nullable String neq) {
			this.neq = neq == null ? null : neq.replaceAll("[\\s-]", "");
		}

		public @Nullable String getNaicsCode() {
			return naicsCode;
		}

		public void setNaicsCode(@Nullable String naicsCode) {
			this.naicsCode = naicsCode;
		}

		public @Nullable Integer getEmployees() {
			return employees;
		}

		public void setEmployees(@Nullable Integer employees) {
			this.employees = employees;
		}

		public @Nullable String getSectorQuery() {
			return sectorQuery;
		}

		public void setSectorQuery(@Nullable String sectorQuery) {
			this.sectorQuery = sectorQuery;
		}

	}

	static final class StorefrontStep {

		@NotBlank(message = "{intake.storefront.civicNumber.required}")
		@Size(max = 20, message = "{intake.field.tooLong}")
		private @Nullable String civicNumber;

		@NotBlank(message = "{intake.storefront.street.required}")
		@Size(max = 150, message = "{intake.field.tooLong}")
		private @Nullable String street;

		@Size(max = 20, message = "{intake.field.tooLong}")
		private @Nullable String unit;

		@NotBlank(message = "{intake.storefront.municipality.required}")
		@Size(max = 80, message = "{intake.field.tooLong}")
		private @Nullable String municipality;

		@NotBlank(message = "{intake.storefront.postalCode.required}")
		@Pattern(regexp = "^$|^[A-Za-z]\\d[A-Za-z] ?-?\\d[A-Za-z]\\d$", message = "{intake.storefront.postalCode.invalid}")
		private @Nullable String postalCode;

		@NotNull(message = "{intake.storefront.receptionMode.required}")
		private @Nullable ReceptionMode receptionMode;

		static StorefrontStep of(@Nullable Storefront storefront) {
			var form = new StorefrontStep();
			if (storefront != null) {
				form.civicNumber = storefront.civicNumber();
				form.street = storefront.street();
				form.unit = storefront.unit();
				form.municipality = storefront.municipality();
				form.postalCode = storefront.postalCode();
				form.receptionMode = storefront.receptionMode();
			}
			return form;
		}

		Storefront storefront() {
			return new Storefront(Inputs.trimmed(civicNumber), Inputs.trimmed(street), Inputs.trimmed(unit),
					Inputs.trimmed(municipality), Inputs.postalCode(postalCode), receptionMode);
		}

		public @Nullable String getCivicNumber() {
			return civicNumber;
		}

		public void setCivicNumber(@Nullable String civicNumber) {
			this.civicNumber = civicNumber;
		}

		public @Nullable String getStreet() {
			return street;
		}

		public void setStreet(@Nullable String street) {
			this.street = street;
		}

		public @Nullable String getUnit() {
			return unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit;
		}

		public @Nullable String getMunicipality() {
			return municipality;
		}

		public void setMunicipality(@Nullable String municipality) {
			this.municipality = municipality;
		}

		public @Nullable String getPostalCode() {
			return postalCode;
		}

		public void setPostalCode(@Nullable String postalCode) {
			this.postalCode = postalCode == null ? null : postalCode.strip();
		}

		public @Nullable ReceptionMode getReceptionMode() {
			return receptionMode;
		}

		public void setReceptionMode(@Nullable ReceptionMode receptionMode) {
			this.receptionMode = receptionMode;
		}

	}

	/** The business's links, as the online step asks for them and as the merchant corrects them after submitting. */
	static class OnlineLinks {

		@Size(max = 300, message = "{intake.field.tooLong}")
		private @Nullable String website;

		@Size(max = 300, message = "{intake.field.tooLong}")
		private @Nullable String facebook;

		@Size(max = 300, message = "{intake.field.tooLong}")
		private @Nullable String instagram;

		@Size(max = 1000, message = "{intake.field.tooLong}")
		private @Nullable String otherLinks;

		static OnlineLinks of(ca.pignon.intake.@Nullable OnlinePresence online) {
			OnlineLinks form = new OnlineLinks();
			form.fill(online);
			return form;
		}

		/** The links as stored, unchanged (the setters clean what a person types). */
		void fill(ca.pignon.intake.@Nullable OnlinePresence online) {
			if (online != null) {
				website = online.website();
				facebook = online.facebook();
				instagram = online.instagram();
				otherLinks = online.otherLinks();
			}
		}

		public @Nullable String getWebsite() {
			return website;
		}

		public void setWebsite(@Nullable String website) {
			this.website = Inputs.link(website);
		}

		public @Nullable String getFacebook() {
			return facebook;
		}

		public void setFacebook(@Nullable String facebook) {
			this.facebook = Inputs.link(facebook);
		}

		public @Nullable String getInstagram() {
			return instagram;
		}

		public void setInstagram(@Nullable String instagram) {
			this.instagram = Inputs.link(instagram);
		}

		public @Nullable String getOtherLinks() {
			return otherLinks;
		}

		public void setOtherLinks(@Nullable String otherLinks) {
			this.otherLinks = Inputs.trimmed(otherLinks);
		}

	}

	static final class OnlineStep extends OnlineLinks {

		private Set<Goal> goals = EnumSet.noneOf(Goal.class);

		@Size(max = 2000, message = "{intake.field.tooLong}")
		private @Nullable String goalsOther;

		@AssertTrue(message = "{intake.online.goals.required}")
		public boolean isGoalGiven() {
			return !goals.isEmpty() || Inputs.trimmed(goalsOther) != null;
		}

		static OnlineStep of(ca.pignon.intake.@Nullable OnlinePresence online) {
			OnlineStep form = new OnlineStep();
			form.fill(online);
			if (online != null) {
				form.goals = online.goalSet();
				form.goalsOther = online.goalsOther();
			}
			return form;
		}

		public Set<Goal> getGoals() {
			return goals;
		}

		public void setGoals(@Nullable Set<Goal> goals) {
			this.goals = goals == null || goals.isEmpty() ? EnumSet.noneOf(Goal.class) : EnumSet.copyOf(goals);
		}

		public @Nullable String getGoalsOther() {
			return goalsOther;
		}

		public void setGoalsOther(@Nullable String goalsOther) {
			this.goalsOther = goalsOther;
		}

	}

	static final class CommitmentStep {

		@NotNull(message = "{intake.commitment.hoursPerWeek.required}")
		private @Nullable HoursPerWeek hoursPerWeek;

		@NotNull(message = "{intake.commitment.workBy.required}")
		private @Nullable WorkBy workBy;

		private Set<ConsentPurpose> consents = EnumSet.noneOf(ConsentPurpose.class);

		static CommitmentStep of(@Nullable Commitment commitment, Set<ConsentPurpose> consents) {
			var form = new CommitmentStep();
			if (commitment != null) {
				form.hoursPerWeek = commitment.hoursPerWeek();
				form.workBy = commitment.workBy();
			}
			form.setConsents(consents);
			return form;
		}

		Commitment commitment() {
			return new Commitment(hoursPerWeek, workBy);
		}

		public @Nullable HoursPerWeek getHoursPerWeek() {
			return hoursPerWeek;
		}

		public void setHoursPerWeek(@Nullable HoursPerWeek hoursPerWeek) {
			this.hoursPerWeek = hoursPerWeek;
		}

		public @Nullable WorkBy getWorkBy() {
			return workBy;
		}

		public void setWorkBy(@Nullable WorkBy workBy) {
			this.workBy = workBy;
		}

		public Set<ConsentPurpose> getConsents() {
			return consents;
		}

		public void setConsents(@Nullable Set<ConsentPurpose> consents) {
			this.consents = consents == null || consents.isEmpty() ? EnumSet.noneOf(ConsentPurpose.class)
					: EnumSet.copyOf(consents);
		}

	}

}
