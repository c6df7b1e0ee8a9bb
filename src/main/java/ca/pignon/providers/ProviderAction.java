package ca.pignon.providers;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * An action of the merchant's approved plan that needs a provider, with its brief once opened.
 */
public record ProviderAction(String key, String title, YearMonth month, @Nullable BriefId brief,
		@Nullable BriefStatus status) {
}
