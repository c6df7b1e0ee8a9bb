package ca.pignon.webaudit.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.pignon.shared.PhoneNumbers;

/**
 * Finds a registered address and phone number in a site's text whatever the formatting: accents, case, punctuation,
 * the usual Québec abbreviations (r., boul., av., ch., St, Ste…); phone numbers are parsed and compared in E.164 by
 * libphonenumber ({@link PhoneNumbers}: +1 418-555-1234, (418) 555-1234, 418.555.1234, 4185551234, extensions).
 */
final class NapMatcher {

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("r", "rue"),
			Map.entry("boul", "boulevard"), Map.entry("boulv", "boulevard"), Map.entry("bd", "boulevard"),
			Map.entry("blvd", "boulevard"), Map.entry("av", "avenue"), Map.entry("ave", "avenue"),
			Map.entry("ch", "chemin"), Map.entry("rte", "route"), Map.entry("pl", "place"), Map.entry("st", "saint"),
			Map.entry("ste", "sainte"), Map.entry("mgr", "monseigneur"), Map.entry("mont", "mont"),
			Map.entry("e", "est"), Map.entry("o", "ouest"), Map.entry("n", "nord"), Map.entry("s", "sud"),
			Map.entry("street", "rue"), Map.entry("avenue", "avenue"));

	private static final Set<String> STREET_TYPES = Set.of("rue", "boulevard", "avenue", "chemin", "route", "place",
			"cote", "montee", "rang", "carre", "terrasse", "allee", "promenade", "impasse", "croissant", "de", "du",
			"des", "la", "le", "l", "d");

	private NapMatcher() {
	}

	/** Lower case, no accents, abbreviations spelled out, words separated by single spaces. */
	static String normalize(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		return Arrays.stream(plain.split("[^a-z0-9]+"))
			.filter(word -> !word.isEmpty())
			.map(word -> ABBREVIATIONS.getOrDefault(word, word))
			.collect(Collectors.joining(" "));
	}

	/** Whether the text shows the civic number followed, within a few words, by the street's name. */
	static boolean containsAddress(String siteText, String civicNumber, String street) {
		String text = " " + normalize(siteText) + " ";
		String civic = normalize(civicNumber);
		String[] core = Arrays.stream(normalize(street).split(" "))
			.filter(word -> !STREET_TYPES.contains(word))
			.toArray(String[]::new);
		if (civic.isEmpty() || core.length == 0) {
			return false;
		}
		String name = Arrays.stream(core).map(Pattern::quote).collect(Collectors.joining(" (?:\\w+ ){0,2}?"));
		return Pattern.compile(" " + Pattern.quote(civic) + " (?:\\w+ ){0,4}?" + name + " ").matcher(text).find();
	}

	/**
	 * A registered number as libphonenumber reads it ({@link PhoneNumbers}): for a North American number its ten
	 * digits without the leading 1, other numbers as their E.164 digits; the digits typed when it is not a number.
	 */
	static String phoneDigits(String phone) {
		return PhoneNumbers.e164(phone).map(NapMatcher::national).orElseGet(() -> phone.replaceAll("\\D", ""));
	}

	/** Every valid phone number written in the text (extensions, tel: links, dots or spaces), as {@link #phoneDigits}. */
	static Set<String> phonesIn(String text) {
		Set<String> phones = new HashSet<>();
		PhoneNumbers.findIn(text).forEach(e164 -> phones.add(national(e164)));
		return phones;
	}

	/** Whether the text shows any valid phone number; the reading stops at the first. */
	static boolean showsAPhone(String text) {
		return PhoneNumbers.anyIn(text);
	}

	/** Whether the text shows the registered number, both compared in E.164; the reading stops where it is found. */
	static boolean containsPhone(String siteText, String registered) {
		return PhoneNumbers.e164(registered).map(e164 -> PhoneNumbers.isIn(siteText, e164)).orElse(false);
	}

	private static String national(String e164) {
		return e164.startsWith("+1") ? e164.substring(2) : e164.substring(1);
	}

}
