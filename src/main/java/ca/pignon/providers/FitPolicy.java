package ca.pignon.providers;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which providers fit a need: vetted and not past their approval, offering the service, serving the merchant's
 * municipality (or the whole territory) and working in the merchant's language. Nothing else: neither who pays nor who
 * was chosen before.
 */
final class FitPolicy {

	private FitPolicy() {
	}

	static boolean fits(ProviderDetails provider, String service, @Nullable String municipality, String language,
			LocalDate today) {
		return provider.vettedOn(today) && provider.services().contains(service)
				&& (provider.wholeTerritory() || municipality != null && provider.municipalities()
					.stream()
					.anyMatch(served -> served.equalsIgnoreCase(municipality)))
				&& provider.languages().contains(language);
	}

}
