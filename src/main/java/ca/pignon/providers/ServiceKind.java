package ca.pignon.providers;

import java.util.List;
import java.util.Locale;

/**
 * A service a provider offers (a website, an online store, a point of sale…), named in French and English, with the
 * catalogue's actions that need it.
 */
public record ServiceKind(String id, String nameFr, String nameEn, List<String> actions) {

	public ServiceKind {
		actions = List.copyOf(actions);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
	}

}
