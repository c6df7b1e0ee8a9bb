package ca.pignon.platform;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * What a text typed into Pignon may not contain: control characters other than tab, line feed and carriage return.
 * PostgreSQL refuses the NUL byte outright, and the others mean nothing to a person while they can break a PDF, a
 * mail or a CSV export; none can be typed on a keyboard, so a text that has one was pasted from a broken source or
 * forged.
 */
public final class TextInputPolicy {

	private TextInputPolicy() {
	}

	/** Whether a text, or any text of an array of them, holds a character it may not. */
	public static boolean refuses(@Nullable Object value) {
		if (value instanceof String text) {
			return text.chars().anyMatch(TextInputPolicy::forbidden);
		}
		if (value instanceof String[] texts) {
			return Arrays.stream(texts).anyMatch(TextInputPolicy::refuses);
		}
		return false;
	}

	/** The same value without the characters it may not hold (a text, an array of texts, or anything else as is). */
	public static @Nullable Object cleaned(@Nullable Object value) {
		if (value instanceof String text) {
			return cleaned(text);
		}
		if (value instanceof String[] texts) {
			return Arrays.stream(texts).map(TextInputPolicy::cleaned).toArray(String[]::new);
		}
		return value;
	}

	public static String cleaned(String text) {
		var kept = new StringBuilder(text.length());
		text.chars().filter(c -> !forbidden(c)).forEach(c -> kept.append((char) c));
		return kept.toString();
	}

	private static boolean forbidden(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
	}

}
