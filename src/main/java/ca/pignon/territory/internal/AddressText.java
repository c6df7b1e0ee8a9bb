package ca.pignon.territory.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds address text to what matters for matching: no accents, no case, no punctuation, single spaces.
 */
final class AddressText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Set<String> SAINTS = Set.of("saint", "sainte", "st", "ste");

	/** Names shorter than this must be spelled right; longer than {@link #LONG_NAME}, two mistakes are forgiven. */
	private static final int SHORT_NAME = 5;

	private static final int LONG_NAME = 10;

	private AddressText() {
	}

	/**
	 * @return the text in lower-case ASCII letters and digits separated by single spaces («Côte d'Abraham» gives «cote
	 * d abraham»)
	 */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return NOT_ALPHANUMERIC.matcher(unaccented).replaceAll(" ").strip();
	}

	/**
	 * @return the folded name of a place, with Saint, Sainte, St and Ste all as «st»
	 */
	static String placeKey(String name) {
		var words = new ArrayList<String>();
		for (String token : tokens(name)) {
			words.add(SAINTS.contains(token) ? "st" : token);
		}
		return String.join(" ", words);
	}

	/**
	 * @return how many typing mistakes to forgive in a street name of that length
	 */
	static int allowedEdits(String folded) {
		if (folded.length() >= LONG_NAME) {
			return 2;
		}
		return folded.length() >= SHORT_NAME ? 1 : 0;
	}

	/**
	 * @return whether the Levenshtein distance between the two texts is at most {@code edits}
	 */
	static boolean withinEdits(String a, String b, int edits) {
		if (Math.abs(a.length() - b.length()) > edits) {
			return false;
		}
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > edits) {
				return false;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()] <= edits;
	}

	static List<String> tokens(String text) {
		String folded = fold(text);
		return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
	}

}
