package ca.pignon.territory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Québec postal code in its canonical spelling, {@code A1A 1A1}.
 *
 * @param value the canonical spelling: upper case, one space
 */
public record PostalCode(String value) {

	/**
	 * Canada Post letters: never D, F, I, O, Q or U; Québec codes start with G, H or J.
	 */
	private static final Pattern CANONICAL = Pattern
		.compile("[GHJ][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]");

	private static final Pattern TYPED = Pattern.compile("([a-z][0-9][a-z])[ -]?([0-9][a-z][0-9])",
			Pattern.CASE_INSENSITIVE);

	public PostalCode {
		if (!CANONICAL.matcher(value).matches()) {
			throw new IllegalArgumentException("not a Québec postal code: " + value);
		}
	}

	/**
	 * Reads a postal code written in upper or lower case, with a space, a hyphen or nothing in the middle.
	 * @param text what was typed
	 * @return the postal code, or empty when the text is not a Québec postal code
	 */
	public static Optional<PostalCode> parse(@Nullable String text) {
		if (text == null) {
			return Optional.empty();
		}
		var typed = TYPED.matcher(text.strip());
		if (!typed.matches()) {
			return Optional.empty();
		}
		String canonical = (typed.group(1) + " " + typed.group(2)).toUpperCase(Locale.ROOT);
		return CANONICAL.matcher(canonical).matches() ? Optional.of(new PostalCode(canonical)) : Optional.empty();
	}

	/**
	 * @return the forward sortation area: the first three characters
	 */
	public String forwardSortationArea() {
		return value.substring(0, 3);
	}

}
