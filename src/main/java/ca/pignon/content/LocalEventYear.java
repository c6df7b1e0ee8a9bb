package ca.pignon.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A local event in one year, as staff see it to confirm it.
 * @param start its confirmed first day, or null while it is "à confirmer"
 * @param end its confirmed last day, or null for one day (or unconfirmed)
 * @param byStaff whether staff confirmed these dates (otherwise they are the shipped calendar's verified edition)
 */
public record LocalEventYear(LocalEvent event, int year, @Nullable LocalDate start, @Nullable LocalDate end,
		boolean byStaff) {

	public boolean confirmed() {
		return start != null;
	}

}
