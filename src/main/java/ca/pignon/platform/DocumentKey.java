package ca.pignon.platform;

import java.util.regex.Pattern;

/**
 * Names a kind of versioned document (the question bank, the action catalogue, the selection grid) and, through its
 * type parameter, what its versions read into. A module declares its key as a constant; the store finds the module's
 * {@link DocumentKind} by it.
 *
 * @param module the module that owns the kind ({@code diagnostic})
 * @param document the kind within the module ({@code bank})
 * @param <T> what a version of this kind reads into
 */
public record DocumentKey<T>(String module, String document) {

	private static final Pattern WORD = Pattern.compile("[a-z]{1,29}");

	public DocumentKey {
		if (!WORD.matcher(module).matches() || !WORD.matcher(document).matches()) {
			throw new IllegalArgumentException("not a document kind: " + module + "." + document);
		}
	}

	/** As stored in {@code platform_document.kind}: {@code diagnostic.bank}. */
	public String name() {
		return module + "." + document;
	}

	@Override
	public String toString() {
		return name();
	}

}
