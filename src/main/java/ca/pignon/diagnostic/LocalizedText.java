package ca.pignon.diagnostic;

import java.util.Locale;

/** A text of the question bank in French and English; French when the reader's language is neither. */
public record LocalizedText(String fr, String en) {

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) ? en : fr;
	}

}
