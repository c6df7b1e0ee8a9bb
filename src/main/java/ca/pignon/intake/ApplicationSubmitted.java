package ca.pignon.intake;

import java.time.Instant;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant submitted their application; its eligibility was decided at once by the rules.
 */
public record ApplicationSubmitted(ApplicationId applicationId, AccountId accountId, Eligibility eligibility,
		Instant submittedAt) {
}
