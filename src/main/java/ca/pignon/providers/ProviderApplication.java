package ca.pignon.providers;

import java.util.List;
import java.util.Set;

/**
 * What a provider sends to join the directory, typed by the public form: who they are, what they offer, where and in
 * which languages, their prices, their work and two references, and the program's charter accepted.
 *
 * @param wholeTerritory serves the whole program territory (remote work); otherwise only {@code municipalities}
 * @param languages of service: {@code fr}, {@code en}
 * @param portfolio links to work done, one per line
 */
public record ProviderApplication(String name, String neq, String contactName, String email, String phone,
		String website, Set<String> services, boolean wholeTerritory, List<String> municipalities, Set<String> languages,
		String priceRange, String portfolio, String referenceOne, String referenceTwo, boolean charterAccepted) {

	public ProviderApplication {
		services = Set.copyOf(services);
		municipalities = List.copyOf(municipalities);
		languages = Set.copyOf(languages);
	}

}
