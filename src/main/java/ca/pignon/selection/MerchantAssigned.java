package ca.pignon.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A retained merchant was assigned to an advisor, or handed over to another one.
 *
 * @param previousAdvisor for a hand-over, the advisor before
 */
public record MerchantAssigned(RoundId round, ApplicationId applicationId, AccountId merchant, AccountId advisor,
		@Nullable AccountId previousAdvisor, Instant assignedAt) {
}
