package ca.pignon.intake;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant's application: filled step by step as a draft, then submitted once, with the eligibility decision and
 * the evidence it rests on. Guards its own transitions.
 */
@Table("intake_application")
class MerchantApplication {

	static final int STEPS = 4;

	@Id
	private final UUID id;

	private final UUID accountId;

	private ApplicationStatus status;

	private int completedSteps;

	private final Instant createdAt;

	private Instant updatedAt;

	private @Nullable Instant submittedAt;

	@Version
	private @Nullable Long version;

	@Embedded.Nullable(prefix = "contact_")
	private @Nullable Contact contact;

	@Embedded.Nullable
	private @Nullable Business business;

	@Embedded.Nullable
	private @Nullable Storefront storefront;

	@Embedded.Nullable
	private @Nullable OnlinePresence online;

	@Embedded.Nullable
	private @Nullable Commitment commitment;

	@Embedded.Nullable
	private @Nullable EligibilityAssessment assessment;

	@Embedded.Nullable
	private @Nullable LocationEvidence location;

	MerchantApplication(UUID id, UUID accountId, ApplicationStatus status, int completedSteps, Instant createdAt,
			Instant updatedAt, @Nullable Instant submittedAt, @Nullable Long version, @Nullable Contact contact,
			@Nullable Business business, @Nullable Storefront storefront, @Nullable OnlinePresence online,
			@Nullable Commitment commitment, @Nullable EligibilityAssessment assessment,
			@Nullable LocationEvidence location) {
		this.id = id;
		this.accountId = accountId;
		this.status = status;
		this.completedSteps = completedSteps;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.submittedAt = submittedAt;
		this.version = version;
		this.contact = contact;
		this.business = business;
		this.storefront = storefront;
		this.online = online;
		this.commitment = commitment;
		this.assessment = assessment;
		this.location = location;
	}

	static MerchantApplication draft(AccountId account, Contact contact, Instant now) {
		return new MerchantApplication(UUID.randomUUID(), account.value(), ApplicationStatus.DRAFT, 0, now, now, null,
				null, contact, null, null, null, null, null, null);
	}

	ApplicationId applicationId() {
		return new ApplicationId(id);
	}

	AccountId accountId() {
		return new AccountId(accountId);
	}

	ApplicationStatus status() {
		return status;
	}

	int completedSteps() {
		return completedSteps;
	}

	long version() {
		return version == null ? 0 : version;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant submittedAt() {
		return submittedAt;
	}

	@Nullable Contact contact() {
		return contact;
	}

	@Nullable Business business() {
		return business;
	}

	@Nullable Storefront storefront() {
		return storefront;
	}

	@Nullable OnlinePresence online() {
		return online;
	}

	@Nullable Commitment commitment() {
		return commitment;
	}

	@Nullable EligibilityAssessment assessment() {
		return assessment;
	}

	@Nullable LocationEvidence location() {
		return location;
	}

	/** The name the program knows the business by: its trade name, its legal name, or the contact's before either. */
	String businessName() {
		if (business != null) {
			return business.tradeName() != null ? business.tradeName() : business.legalName();
		}
		return contact != null ? contact.firstName() + " " + contact.lastName() : "";
	}

	boolean isComplete() {
		return contact != null && business != null && storefront != null && online != null && commitment != null;
	}

	void describeContact(Contact contact, Instant now) {
		requireDraft();
		this.contact = contact;
		this.updatedAt = now;
	}

	void describeBusiness(Business business, Instant now) {
		requireDraft();
		this.business = business;
		completed(1, now);
	}

	void describeStorefront(Storefront storefront, Instant now) {
		requireDraft();
		this.storefront = storefront;
		completed(2, now);
	}

	void describeOnlinePresence(OnlinePresence online, Instant now) {
		requireDraft();
		this.online = online;
		completed(3, now);
	}

	void describeCommitment(Commitment commitment, Instant now) {
		requireDraft();
		this.commitment = commitment;
		completed(4, now);
	}

	/** Submission happens once, with every step filled in; the decision and its evidence are kept with it. */
	void submit(EligibilityAssessment assessment, @Nullable LocationEvidence location, Instant now) {
		requireDraft();
		if (!isComplete()) {
			throw new IntakeRefused("intake.refused.incomplete");
		}
		this.assessment = assessment;
		this.location = location;
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	void reassess(EligibilityAssessment assessment, @Nullable LocationEvidence location, Instant now) {
		requireSubmitted();
		this.assessment = assessment;
		this.location = location;
		this.updatedAt = now;
	}

	/** After submitting, the merchant corrects the contact person: the history keeps what it was. */
	void correctContact(Contact contact, Instant now) {
		requireSubmitted();
		this.contact = contact;
		this.updatedAt = now;
	}

	/** After submitting, the merchant corrects the website and social links; the goals stay as submitted. */
	void correctLinks(OnlinePresence online, Instant now) {
		requireSubmitted();
		this.online = online;
		this.updatedAt = now;
	}

	/** After submitting, the merchant corrects the storefront's address: eligibility is then decided again. */
	void correctStorefront(Storefront storefront, Instant now) {
		requireSubmitted();
		this.storefront = storefront;
		this.updatedAt = now;
	}

	void decide(EligibilityAssessment assessment, Instant now) {
		requireSubmitted();
		this.assessment = assessment;
		this.updatedAt = now;
	}

	private void completed(int step, Instant now) {
		completedSteps = Math.max(completedSteps, step);
		updatedAt = now;
	}

	private void requireDraft() {
		if (status != ApplicationStatus.DRAFT) {
			throw new IntakeRefused("intake.refused.alreadySubmitted");
		}
	}

	private void requireSubmitted() {
		if (status == ApplicationStatus.DRAFT) {
			throw new IntakeRefused("intake.refused.notSubmitted");
		}
	}

}
