package ca.pignon.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a word a person typed matches a word of a sector's title or of the trade index: case, accents, simple plurals
 * and small words ("de", "the") aside, a whole word, the start of a word (as it is typed), or a word with one typo
 * (a letter missing, added, changed, or two letters swapped) when it is long enough for a typo to be told apart.
 */
final class WordMatch {

	/** How good a match is, best first. */
	enum Quality {

		EXACT, PREFIX, TYPO

	}

	/** Shorter words must be typed exactly (or as a start): "bar" is not one typo away from "bas". */
	static final int TYPO_MIN_LENGTH = 4;

	/** A start shorter than this matches nothing: "c" would match every title. */
	static final int PREFIX_MIN_LENGTH = 2;

	private static final Set<String> SMALL_WORDS = Set.of("de", "d", "du", "des", "la", "le", "les", "l", "a", "au",
			"aux", "en", "et", "pour", "un", "une", "of", "the", "and", "for", "s");

	private WordMatch() {
	}

	/** Lower case, without accents, punctuation as spaces. */
	static String plain(String text) {
		String unaccented = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return unaccented.replace("œ", "oe")
			.replace("Œ", "oe")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", " ")
			.strip();
	}

	/** The words that carry meaning, each in its singular form as far as a final s or x tells. */
	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : plain(text).split(" ")) {
			if (!word.isEmpty() && !SMALL_WORDS.contains(word)) {
				words.add(singular(word));
			}
		}
		return words;
	}

	static String singular(String word) {
		if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/** How the typed word matches the word, or null when it does not. */
	static Quality match(String typed, String word) {
		if (typed.equals(word)) {
			return Quality.EXACT;
		}
		if (typed.length() >= PREFIX_MIN_LENGTH && word.startsWith(typed)) {
			return Quality.PREFIX;
		}
		if (typed.length() >= TYPO_MIN_LENGTH && oneEditApart(typed, word)) {
			return Quality.TYPO;
		}
		if (typed.length() >= TYPO_MIN_LENGTH + 1 && word.length() > typed.length()
				&& oneEditApart(typed, word.substring(0, typed.length()))) {
			// a typo in the start of a longer word: "fromag" for "fromagerie" typed "fromsg"
			return Quality.TYPO;
		}
		return null;
	}

	/**
	 * The worst quality with which every typed word matches a different word of the candidate, at most one of them
	 * with a typo; null when one does not match.
	 */
	static Quality matchAll(List<String> typed, List<String> candidate) {
		boolean[] used = new boolean[candidate.size()];
		Quality worst = Quality.EXACT;
		int typos = 0;
		for (String word : typed) {
			int best = -1;
			Quality bestQuality = null;
			for (int i = 0; i < candidate.size(); i++) {
				if (used[i]) {
					continue;
				}
				Quality quality = match(word, candidate.get(i));
				if (quality != null && (bestQuality == null || quality.compareTo(bestQuality) < 0)) {
					best = i;
					bestQuality = quality;
				}
			}
			if (bestQuality == null) {
				return null;
			}
			if (bestQuality == Quality.TYPO && ++typos > 1) {
				return null;
			}
			used[best] = true;
			worst = bestQuality.compareTo(worst) > 0 ? bestQuality : worst;
		}
		return worst;
	}

	/** Optimal string alignment distance of at most one. */
	static boolean oneEditApart(String a, String b) {
		int lengthDifference = a.length() - b.length();
		if (Math.abs(lengthDifference) > 1) {
			return false;
		}
		int first = 0;
		while (first < a.length() && first < b.length() && a.charAt(first) == b.charAt(first)) {
			first++;
		}
		if (lengthDifference == 0) {
			if (first == a.length()) {
				return true;
			}
			// one letter changed, or two neighbouring letters swapped
			return a.substring(first + 1).equals(b.substring(first + 1))
					|| (first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1)
							&& a.charAt(first + 1) == b.charAt(first)
							&& a.substring(first + 2).equals(b.substring(first + 2)));
		}
		String longer = lengthDifference > 0 ? a : b;
		String shorter = lengthDifference > 0 ? b : a;
		return longer.substring(first + 1).equals(shorter.substring(first));
	}

	static String[] split(String codes) {
		return Arrays.stream(codes.strip().split("\\s+")).filter(code -> !code.isEmpty()).toArray(String[]::new);
	}

}
