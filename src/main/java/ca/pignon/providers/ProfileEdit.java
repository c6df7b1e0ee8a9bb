package ca.pignon.providers;

import java.util.List;
import java.util.Set;

/**
 * What a provider may change on their profile, signed in: their contact, what they offer and where, their languages,
 * prices and work. Their business's name and NEQ, and the references, are what the program vetted: a manager changes
 * them; the address is the account's (changed under "Mon compte").
 */
public record ProfileEdit(String contactName, String phone, String website, Set<String> services,
		boolean wholeTerritory, List<String> municipalities, Set<String> languages, String priceRange,
		String portfolio) {

	public ProfileEdit {
		services = Set.copyOf(services);
		municipalities = List.copyOf(municipalities);
		languages = Set.copyOf(languages);
	}

	ProviderScope scope() {
		return new ProviderScope(services, wholeTerritory, municipalities);
	}

	/** The edit as an application of the same provider, so that the same rules check it. */
	ProviderApplication asApplication(ProviderDetails provider) {
		return new ProviderApplication(provider.name(), provider.neq(), contactName, provider.email(), phone, website,
				services, wholeTerritory, municipalities, languages, priceRange, portfolio, provider.referenceOne(),
				provider.referenceTwo(), true);
	}

}
