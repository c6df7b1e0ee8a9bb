package ca.pignon.content;

import java.time.YearMonth;

/**
 * The months whose figures may be entered: from a year before the calendar's first month (a baseline) to its last
 * month, and never after the current month.
 */
public record FiguresRange(YearMonth first, YearMonth last) {

	/** Months of figures before the calendar starts, for a baseline. */
	public static final int BASELINE_MONTHS = 12;

	public boolean contains(YearMonth month) {
		return !month.isBefore(first) && !month.isAfter(last);
	}

}
