package ca.pignon.content;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One occasion of a year.
 * @param id computed occasions keep their rule's id in every year ({@code easter}); local events the shipped
 *     calendar's id ({@code carnaval_de_quebec}); occasions added by staff a UUID
 * @param date its first day, or null when it is a local event whose dates staff have not confirmed for the year: it
 *     shows as "à confirmer" and is never placed on a guessed date
 * @param endDate its last day, or null for an occasion of one day (or unconfirmed)
 * @param place where it happens, empty when it is everywhere
 */
public record Occasion(String id, String nameFr, String nameEn, @Nullable LocalDate date, @Nullable LocalDate endDate,
		OccasionKind kind, boolean confirmed, String place) {

	/** By date, the unconfirmed ones last, then by id: the same order every time. */
	public static final Comparator<Occasion> BY_DATE = Comparator
		.comparing(Occasion::date, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Occasion::id);

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
	}

	/** Whether the occasion covers that day. */
	public boolean covers(LocalDate day) {
		if (date == null) {
			return false;
		}
		LocalDate last = endDate == null ? date : endDate;
		return !day.isBefore(date) && !day.isAfter(last);
	}

}
