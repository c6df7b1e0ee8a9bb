package ca.pignon.platform;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The language of one document (a PDF): asked for with the {@value #PARAMETER} parameter, which only that document
 * reads, never with the interface's {@code lang}, whose choice is remembered for the person's next pages. Without it,
 * a document is in the interface's language; only French and English are offered.
 */
public final class DocumentLanguage {

	/** The query parameter of a document's language: {@code fr} or {@code en}. */
	public static final String PARAMETER = "language";

	private DocumentLanguage() {
	}

	/** The document's language: the one asked for if Pignon offers it, else the interface's. */
	public static Locale of(@Nullable String asked, Locale interfaceLocale) {
		if ("en".equals(asked)) {
			return PignonLocaleResolver.ENGLISH;
		}
		if ("fr".equals(asked)) {
			return PlatformConfiguration.FRENCH;
		}
		return "en".equals(interfaceLocale.getLanguage()) ? PignonLocaleResolver.ENGLISH : PlatformConfiguration.FRENCH;
	}

}
