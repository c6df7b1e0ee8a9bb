package ca.pignon.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * Everything an application page shows: the merchant's answers, the decision and its evidence.
 */
public record ApplicationDetails(ApplicationId id, AccountId accountId, String email, boolean emailVerified,
		ApplicationStatus status, int completedSteps, long version, Instant createdAt, @Nullable Instant submittedAt,
		@Nullable Contact contact, @Nullable Business business, @Nullable Sector sector,
		@Nullable Storefront storefront, @Nullable OnlinePresence online, @Nullable Commitment commitment,
		@Nullable EligibilityAssessment assessment, @Nullable LocationEvidence location) {

	public String displayName() {
		if (business != null) {
			return business.tradeName() != null ? business.tradeName() : business.legalName();
		}
		return contact == null ? email : contact.firstName() + " " + contact.lastName();
	}

	public boolean isDraft() {
		return status == ApplicationStatus.DRAFT;
	}

}
