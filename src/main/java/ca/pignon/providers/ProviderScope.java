package ca.pignon.providers;

import java.util.List;
import java.util.Set;

/**
 * What the program vetted a provider for: the services they offer and where they serve. Widening it (a service or an
 * area added) waits for a manager; narrowing it applies at once ({@link ProfilePolicy}).
 *
 * @param wholeTerritory serves the whole program territory; otherwise only {@code municipalities}
 */
public record ProviderScope(Set<String> services, boolean wholeTerritory, List<String> municipalities) {

	public ProviderScope {
		services = Set.copyOf(services);
		municipalities = List.copyOf(municipalities);
	}

	static ProviderScope of(ProviderDetails provider) {
		return new ProviderScope(provider.services(), provider.wholeTerritory(), provider.municipalities());
	}

	/** Whether this scope reaches beyond {@code vetted}: a service it lacks, or an area it does not serve. */
	boolean widens(ProviderScope vetted) {
		if (!vetted.services().containsAll(services)) {
			return true;
		}
		if (vetted.wholeTerritory()) {
			return false;
		}
		return wholeTerritory || !vetted.municipalities().containsAll(municipalities);
	}

}
