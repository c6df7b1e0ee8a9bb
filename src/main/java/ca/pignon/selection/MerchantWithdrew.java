package ca.pignon.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A retained or waitlisted merchant withdrew from the round; a retained one leaves a place free.
 *
 * @param advisor the advisor they had, if any
 */
public record MerchantWithdrew(RoundId round, ApplicationId applicationId, AccountId merchant,
		DecisionStatus previous, @Nullable AccountId advisor, Instant withdrewAt) {
}
