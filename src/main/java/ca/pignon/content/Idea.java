package ca.pignon.content;

import java.util.Locale;
import java.util.Set;

/**
 * A post idea of the shipped library: for a kind of pillar and some sector families, a prompt (what to show or say),
 * a suggested format and an example caption, in French and English.
 */
public record Idea(String id, PillarKind kind, Set<SectorFamily> families, PostFormat format, String promptFr,
		String promptEn, String exampleFr, String exampleEn) {

	public Idea {
		families = Set.copyOf(families);
	}

	public boolean suits(SectorFamily family) {
		return families.contains(family);
	}

	public String prompt(Locale locale) {
		return "en".equals(locale.getLanguage()) ? promptEn : promptFr;
	}

	public String example(Locale locale) {
		return "en".equals(locale.getLanguage()) ? exampleEn : exampleFr;
	}

}
