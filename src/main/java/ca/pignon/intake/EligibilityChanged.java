package ca.pignon.intake;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/**
 * The eligibility of a submitted application changed after submission: staff overrode it, or placed the point again.
 */
public record EligibilityChanged(ApplicationId applicationId, Eligibility before, Eligibility after,
		Instant changedAt) {
}
