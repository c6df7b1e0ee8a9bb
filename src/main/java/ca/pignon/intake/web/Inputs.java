package ca.pignon.intake.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.LinkPolicy;

/**
 * Tidies what people type before it is checked and stored: blanks become absent, spacing and case become canonical.
 */
final class Inputs {

	static final Pattern POSTAL_CODE = Pattern.compile("([A-Za-z]\\d[A-Za-z]) ?-?(\\d[A-Za-z]\\d)");

	private Inputs() {
	}

	static @Nullable String trimmed(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip().replaceAll("\\s+", " ");
		return stripped.isEmpty() ? null : stripped;
	}

	static @Nullable String digits(@Nullable String text) {
		String trimmed = trimmed(text);
		return trimmed == null ? null : trimmed.replaceAll("[\\s-]", "");
	}

	static @Nullable String postalCode(@Nullable String text) {
		String trimmed = trimmed(text);
		if (trimmed == null) {
			return null;
		}
		var matcher = POSTAL_CODE.matcher(trimmed);
		return matcher.matches() ? (matcher.group(1) + " " + matcher.group(2)).toUpperCase(Locale.ROOT) : trimmed;
	}

	/** "www.exemple.ca" means https://www.exemple.ca; "@moncommerce" stays a handle. */
	static @Nullable String link(@Nullable String text) {
		String trimmed = trimmed(text);
		if (trimmed == null || trimmed.startsWith("@")) {
			return trimmed;
		}
		return trimmed.matches("(?i)^https?://.*") ? trimmed : "https://" + trimmed;
	}

	static boolean isValidLink(@Nullable String link) {
		return LinkPolicy.isValid(link);
	}

}
