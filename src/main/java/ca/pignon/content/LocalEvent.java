package ca.pignon.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A recurring event of the shipped Québec calendar.
 * @param typicalPeriodFr when it usually happens, in words: a hint for staff, never a date
 * @param verifiedStart the first day of a dated edition checked against its source, or null
 * @param verifiedEnd its last day, or null
 * @param sources the public pages the event was compiled from
 */
public record LocalEvent(String id, String nameFr, String nameEn, String typicalPeriodFr, String typicalPeriodEn,
		String area, @Nullable LocalDate verifiedStart, @Nullable LocalDate verifiedEnd, List<String> sources) {

	public LocalEvent {
		sources = List.copyOf(sources);
	}

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
	}

	public String typicalPeriod(Locale locale) {
		return "en".equals(locale.getLanguage()) ? typicalPeriodEn : typicalPeriodFr;
	}

	/** Whether the shipped calendar holds a verified edition of that year. */
	boolean verifiedIn(int year) {
		return verifiedStart != null && verifiedStart.getYear() == year;
	}

}
