package ca.pignon.platform;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rows of a list in a form ({@code teams[3].name}) are numbered from 0 up to a limit: a number outside, negative
 * or past the limit, or one too long to be a number, names no row a page could have shown.
 */
public final class ListIndexPolicy {

	/** Rows of one list a form may send, as Spring's binder grows lists (its default). */
	public static final int LIMIT = 256;

	private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)]");

	private ListIndexPolicy() {
	}

	/**
	 * @return the list a field's name points into with a row number it may not have ({@code teams} for
	 *     {@code teams[300].name}), or nothing when every row number of the name is within bounds
	 */
	public static Optional<String> outOfBounds(String fieldName, int limit) {
		Matcher index = INDEX.matcher(fieldName);
		while (index.find()) {
			String inside = index.group(1);
			if (!inside.matches("-?\\d+")) {
				// a map's key, not a row number
				continue;
			}
			if (inside.startsWith("-") || inside.length() > 9 || Integer.parseInt(inside) >= limit) {
				return Optional.of(fieldName.substring(0, index.start()));
			}
		}
		return Optional.empty();
	}

}
