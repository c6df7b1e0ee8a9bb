package ca.pignon.territory.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A civic number, with the letter some carry («12A»), without the unit that often comes with it.
 *
 * @param number the number
 * @param suffix the letter after it, upper case, or empty
 */
record CivicNumber(int number, String suffix) {

	/** «app. 3», «apt 3», «bureau 200», «local 4», «suite 5», «unité 6», «#3»: a unit, never the civic number. */
	static final Pattern UNIT = Pattern.compile(
			"(?:\\b(?:app|appt|apt|appartement|apartment|bureau|bur|local|suite|unite|unité|unit|porte)\\b\\.?|#)"
					+ "\\s*(?:[0-9][0-9a-z-]*|[a-z])\\b",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern PLAIN = Pattern.compile("[0-9]{1,6}");

	/** «101-2280» is unit 101 of civic number 2280, as Québec writes it. */
	private static final Pattern NUMBER = Pattern.compile("(?:[0-9a-z]+\\s*-\\s*)?([0-9]{1,6})\\s*([a-z]?)",
			Pattern.CASE_INSENSITIVE);

	/**
	 * @param text «2280», «2280A», «101-2280», «2280, app. 3», «2280 #3»...
	 * @return the civic number, or empty when the text holds none
	 */
	static Optional<CivicNumber> parse(String text) {
		if (PLAIN.matcher(text).matches()) {
			// the usual case, and the whole of most address files: no need for the patterns below
			return Optional.of(new CivicNumber(Integer.parseInt(text), ""));
		}
		String withoutUnit = UNIT.matcher(text).replaceAll(" ").replace(',', ' ').strip();
		var matcher = NUMBER.matcher(withoutUnit);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new CivicNumber(Integer.parseInt(matcher.group(1)),
				matcher.group(2).toUpperCase(Locale.ROOT)));
	}

	String key() {
		return number + suffix;
	}

	@Override
	public String toString() {
		return key();
	}

}
