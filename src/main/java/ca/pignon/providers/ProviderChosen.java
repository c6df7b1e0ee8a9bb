package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * The merchant chose a provider for an action of their plan.
 *
 * @param provider the directory's provider, none when the merchant chose one they invited from outside it
 */
public record ProviderChosen(BriefId brief, ApplicationId application, String actionKey, @Nullable ProviderId provider,
		Instant at) {
}
