package ca.pignon.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * Staff decided on an application in a round (retained, waitlisted, not retained), or the merchant withdrew.
 *
 * @param previous the status before, if the dossier had one
 */
public record SelectionDecided(RoundId round, ApplicationId applicationId, AccountId merchant, DecisionStatus status,
		@Nullable DecisionStatus previous, @Nullable Integer waitlistPosition, Instant decidedAt) {
}
