package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * The merchant rated the chosen provider's delivered work and said the plan's action is done with it.
 *
 * @param deliveredUrl where the delivered work can be seen, the action's evidence
 */
public record ProviderWorkDelivered(BriefId brief, ApplicationId application, String actionKey, String providerName,
		@Nullable String deliveredUrl, AccountId merchant, Instant at) {
}
