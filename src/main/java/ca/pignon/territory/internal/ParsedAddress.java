package ca.pignon.territory.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.territory.AddressQuery;
import ca.pignon.territory.PostalCode;

/**
 * An address split into what the geocoders use.
 *
 * @param civic the civic number, null when none was given
 * @param street the street as written, possibly followed by more words when they came without commas
 * @param municipality the municipality as written, null when none was recognised
 * @param postalCode the postal code when a valid one was given
 * @param text the whole address, for geocoders that read text
 */
record ParsedAddress(@Nullable CivicNumber civic, String street, @Nullable String municipality,
		@Nullable PostalCode postalCode, String text) {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\b[a-z][0-9][a-z][ -]?[0-9][a-z][0-9]\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");

	/** An optional unit and hyphen («101-»), the number, a letter stuck to it, then the rest. */
	private static final Pattern LEADING_CIVIC = Pattern
		.compile("(?:[0-9a-z]+\\s*-\\s*)?([0-9]{1,6})([a-z]?)(?:\\s+(.*))?", Pattern.CASE_INSENSITIVE);

	private static final Pattern LEADING_ORDINAL = Pattern.compile("[0-9]+(e|er|re|ere|eme|ieme|iere|ième|ère)\\b.*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	/** What may follow the municipality in a postal address. */
	private static final Set<String> NOT_MUNICIPALITIES = Set.of("qc", "canada", "ca", "province de quebec");

	static ParsedAddress of(AddressQuery query) {
		CivicNumber civic = CivicNumber.parse(query.civicNumber()).orElse(null);
		String street = query.street().strip();
		String municipality = blankToNull(query.municipality());
		PostalCode postalCode = PostalCode.parse(query.postalCode()).orElse(null);
		var text = new StringBuilder(((civic == null ? "" : civic + " ") + street).strip());
		if (municipality != null) {
			text.append(", ").append(municipality);
		}
		if (postalCode != null) {
			text.append(", ").append(postalCode.value());
		}
		return new ParsedAddress(civic, street, municipality, postalCode, text.toString());
	}

	/**
	 * Reads «2280 avenue Monseigneur-Gosselin, Québec», «101-2280 boul. X, app. 3, Québec (Québec) G1J 1A1»...
	 */
	static ParsedAddress of(String freeText) {
		String rest = freeText.strip();
		PostalCode postalCode = null;
		var postal = POSTAL_CODE.matcher(rest);
		if (postal.find()) {
			postalCode = PostalCode.parse(postal.group()).orElse(null);
			rest = rest.substring(0, postal.start()) + " " + rest.substring(postal.end());
		}
		rest = PARENTHESES.matcher(rest).replaceAll(" ");
		rest = CivicNumber.UNIT.matcher(rest).replaceAll(" ");
		var parts = rest.split(",");
		int next = 0;
		String first = nextPart(parts, 0);
		CivicNumber civic = null;
		String street = "";
		if (first != null) {
			next = indexAfter(parts, 0);
			var leading = LEADING_CIVIC.matcher(first);
			if (!LEADING_ORDINAL.matcher(first).matches() && leading.matches()) {
				civic = new CivicNumber(Integer.parseInt(leading.group(1)),
						leading.group(2).toUpperCase(Locale.ROOT));
				street = leading.group(3) == null ? "" : leading.group(3).strip();
			}
			else {
				street = first;
			}
			if (street.isEmpty() && nextPart(parts, next) != null) {
				street = nextPart(parts, next);
				next = indexAfter(parts, next);
			}
		}
		String municipality = nextPart(parts, next);
		while (municipality != null && NOT_MUNICIPALITIES.contains(AddressText.fold(municipality))) {
			next = indexAfter(parts, next);
			municipality = nextPart(parts, next);
		}
		return new ParsedAddress(civic, street, municipality, postalCode, freeText.strip());
	}

	private static @Nullable String nextPart(String[] parts, int from) {
		for (int i = from; i < parts.length; i++) {
			if (!parts[i].isBlank()) {
				return parts[i].strip();
			}
		}
		return null;
	}

	private static int indexAfter(String[] parts, int from) {
		for (int i = from; i < parts.length; i++) {
			if (!parts[i].isBlank()) {
				return i + 1;
			}
		}
		return parts.length;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
