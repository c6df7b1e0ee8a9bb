package ca.pignon.shared;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * The one reading of a phone number, at registration and in the web audit: parsed by libphonenumber with Canada as
 * the default region, so "418 555-0123", "(418) 555-0123", "418.555.0123", "+1 418 555 0123", "1-418-555-0123" and
 * "tel:+14185550123" are one number, +14185550123 in E.164. An extension ("poste 12", "ext. 12", "x12", ";ext=12")
 * is allowed and not part of the number compared. A number is accepted when libphonenumber holds it valid for its
 * region (a real area code and exchange, the right length).
 */
public final class PhoneNumbers {

	/** Numbers written without a country code are read as this region's. */
	public static final String DEFAULT_REGION = "CA";

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	/** French extensions, which libphonenumber would read as letters on the keypad ("POSTE" = 76783). */
	private static final Pattern FRENCH_EXTENSION = Pattern.compile("(?iu)[,\\s]*\\b(?:poste|post\\.|p\\.)\\s*(?=\\d)");

	private PhoneNumbers() {
	}

	/** The number in E.164 (+14185550123), without its extension; empty when it is not a valid number. */
	public static Optional<String> e164(String typed) {
		return parse(typed).map(number -> UTIL.format(number, PhoneNumberFormat.E164));
	}

	public static boolean isValid(String typed) {
		return parse(typed).isPresent();
	}

	/** Every valid number written in a text (a page, a tel: link), in E.164. */
	public static Set<String> findIn(String text) {
		Set<String> found = new LinkedHashSet<>();
		matches(text).forEach(match -> found.add(UTIL.format(match.number(), PhoneNumberFormat.E164)));
		return found;
	}

	/**
	 * Whether a text shows that number (E.164), read exactly as {@link #findIn} reads it; the reading stops at the
	 * first match of that number.
	 */
	public static boolean isIn(String text, String e164) {
		for (PhoneNumberMatch match : matches(text)) {
			if (UTIL.format(match.number(), PhoneNumberFormat.E164).equals(e164)) {
				return true;
			}
		}
		return false;
	}

	/** Whether a text shows any valid number, as {@link #findIn} reads it; the reading stops at the first. */
	public static boolean anyIn(String text) {
		return matches(text).iterator().hasNext();
	}

	/** libphonenumber finds the numbers one after the other, as they are asked for. */
	private static Iterable<PhoneNumberMatch> matches(String text) {
		return UTIL.findNumbers(english(text), DEFAULT_REGION, Leniency.VALID, Long.MAX_VALUE);
	}

	private static Optional<PhoneNumber> parse(String typed) {
		if (typed.isBlank() || typed.length() > 60) {
			return Optional.empty();
		}
		try {
			PhoneNumber number = UTIL.parse(english(typed.strip()), DEFAULT_REGION);
			return UTIL.isValidNumber(number) ? Optional.of(number) : Optional.empty();
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	private static String english(String text) {
		return FRENCH_EXTENSION.matcher(text).replaceAll(" ext. ");
	}

}
