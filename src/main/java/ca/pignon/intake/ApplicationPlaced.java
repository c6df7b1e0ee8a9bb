package ca.pignon.intake;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/**
 * Staff placed a submitted application's storefront by hand; its eligibility was decided again from that point (an
 * {@link EligibilityChanged} follows when the decision changed).
 */
public record ApplicationPlaced(ApplicationId applicationId, Instant placedAt) {
}
