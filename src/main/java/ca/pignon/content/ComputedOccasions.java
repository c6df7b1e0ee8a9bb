package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.MonthDay;
import java.util.List;

import ca.pignon.content.DateRule.After;
import ca.pignon.content.DateRule.Fixed;
import ca.pignon.content.DateRule.FromEaster;
import ca.pignon.content.DateRule.NthWeekday;
import ca.pignon.content.DateRule.WeekdayBefore;

import static ca.pignon.content.OccasionKind.COMMERCIAL;
import static ca.pignon.content.OccasionKind.HOLIDAY;

/**
 * The public holidays and commercial dates that matter to a storefront in Québec, each computed by its rule for any
 * year; their ids never change (the API and the calendar keep them). {@code docs/content.md} writes each rule in
 * words.
 */
final class ComputedOccasions {

	static final DateRule LABOUR_DAY = new NthWeekday(9, 1, DayOfWeek.MONDAY);

	static final DateRule FOURTH_THURSDAY_OF_NOVEMBER = new NthWeekday(11, 4, DayOfWeek.THURSDAY);

	static final List<ComputedOccasion> ALL = List.of(
			one("new-year", HOLIDAY, fixed(1, 1)),
			one("valentines-day", COMMERCIAL, fixed(2, 14)),
			one("good-friday", HOLIDAY, new FromEaster(-2)),
			one("easter", HOLIDAY, new FromEaster(0)),
			one("easter-monday", HOLIDAY, new FromEaster(1)),
			one("patriots-day", HOLIDAY, new WeekdayBefore(MonthDay.of(5, 25), DayOfWeek.MONDAY)),
			one("mothers-day", COMMERCIAL, new NthWeekday(5, 2, DayOfWeek.SUNDAY)),
			one("fathers-day", COMMERCIAL, new NthWeekday(6, 3, DayOfWeek.SUNDAY)),
			one("fete-nationale", HOLIDAY, fixed(6, 24)),
			one("canada-day", HOLIDAY, fixed(7, 1)),
			new ComputedOccasion("back-to-school", COMMERCIAL, new After(LABOUR_DAY, -21), new After(LABOUR_DAY, -1)),
			one("labour-day", HOLIDAY, LABOUR_DAY),
			one("thanksgiving", HOLIDAY, new NthWeekday(10, 2, DayOfWeek.MONDAY)),
			one("halloween", COMMERCIAL, fixed(10, 31)),
			one("black-friday", COMMERCIAL, new After(FOURTH_THURSDAY_OF_NOVEMBER, 1)),
			one("cyber-monday", COMMERCIAL, new After(FOURTH_THURSDAY_OF_NOVEMBER, 4)),
			new ComputedOccasion("holiday-season", COMMERCIAL, fixed(12, 1), fixed(12, 31)),
			one("christmas", HOLIDAY, fixed(12, 25)),
			one("boxing-day", COMMERCIAL, fixed(12, 26)));

	private ComputedOccasions() {
	}

	private static ComputedOccasion one(String id, OccasionKind kind, DateRule rule) {
		return new ComputedOccasion(id, kind, rule, null);
	}

	private static DateRule fixed(int month, int day) {
		return new Fixed(MonthDay.of(month, day));
	}

}
