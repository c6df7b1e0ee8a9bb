package ca.pignon.platform;

import org.jspecify.annotations.Nullable;

/** The name a browser gives a file it sends: kept as a label, readable but harmless. */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * The sender's file name without its folders, control characters or characters that mean something to a file
	 * system or a page, at most {@code maxLength} characters; empty when nothing is left.
	 */
	public static String sendersName(@Nullable String original, int maxLength) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
		return name.length() <= maxLength ? name : name.substring(0, maxLength).strip();
	}

}
