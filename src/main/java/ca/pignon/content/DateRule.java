package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * How a computed occasion's date follows from the year: each rule is small, named and tested over many years.
 */
sealed interface DateRule {

	LocalDate dateIn(int year);

	/** The same day every year (Noël, December 25). */
	record Fixed(MonthDay day) implements DateRule {

		@Override
		public LocalDate dateIn(int year) {
			return day.atYear(year);
		}

	}

	/** The n-th given weekday of a month (Action de grâce: the second Monday of October). */
	record NthWeekday(int month, int nth, DayOfWeek weekday) implements DateRule {

		public NthWeekday {
			if (nth < 1 || nth > 4) {
				throw new IllegalArgumentException("from the first to the fourth, every month has it: " + nth);
			}
		}

		@Override
		public LocalDate dateIn(int year) {
			return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
		}

	}

	/**
	 * The last given weekday strictly before a day (Journée nationale des patriotes: the Monday before May 25, so
	 * between May 18 and May 24).
	 */
	record WeekdayBefore(MonthDay day, DayOfWeek weekday) implements DateRule {

		@Override
		public LocalDate dateIn(int year) {
			return day.atYear(year).with(TemporalAdjusters.previous(weekday));
		}

	}

	/** Some days before or after Easter Sunday (Vendredi saint: two days before). */
	record FromEaster(int days) implements DateRule {

		@Override
		public LocalDate dateIn(int year) {
			return EasterPolicy.easterSunday(year).plusDays(days);
		}

	}

	/** Some days before or after another rule's date (vendredi fou: the day after the fourth Thursday of November). */
	record After(DateRule from, int days) implements DateRule {

		@Override
		public LocalDate dateIn(int year) {
			return from.dateIn(year).plusDays(days);
		}

	}

}
