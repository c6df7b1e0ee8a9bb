package ca.pignon.platform;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds where an element of a YAML source is, so that a problem about it can name its line: the first line where
 * {@code key: value} appears, in block ({@code - id: web-https}) or flow style ({@code - {id: yes, points: 2}}),
 * comment lines aside.
 */
public final class SourceLines {

	private SourceLines() {
	}

	/** @return the 1-based line, or null when the value never appears under that key */
	public static @Nullable Integer lineOf(String source, String key, String value) {
		if (value.isBlank()) {
			return null;
		}
		Pattern entry = Pattern.compile("(?:^|[\\s{,-])" + Pattern.quote(key) + ":\\s*[\"']?" + Pattern.quote(value)
				+ "[\"']?\\s*(?:[,}#]|$)");
		String[] lines = source.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].stripLeading().startsWith("#") && entry.matcher(lines[i]).find()) {
				return i + 1;
			}
		}
		return null;
	}

}
