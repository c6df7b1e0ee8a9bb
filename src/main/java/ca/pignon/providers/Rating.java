package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * The merchant's rating of the delivered work: read by staff only, it feeds the renewal of the provider's vetting.
 *
 * @param quality 1 (poor) to 5 (excellent)
 * @param deliveredUrl where the delivered work can be seen, when it is online
 */
public record Rating(boolean onTime, boolean onBudget, int quality, boolean recommend, String comment,
		@Nullable String deliveredUrl, Instant ratedAt, AccountId ratedBy) {
}
