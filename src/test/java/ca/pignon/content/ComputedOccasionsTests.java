package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every computed occasion's rule: the ids the API promises, the dates of the calendars of 2024 to 2027, and, for every
 * year from 2000 to 2100, what the rule says in words (the Monday before May 25, the second Sunday of May…).
 */
class ComputedOccasionsTests {

	static final List<String> IDS = List.of("new-year", "valentines-day", "good-friday", "easter", "easter-monday",
			"patriots-day", "mothers-day", "fathers-day", "fete-nationale", "canada-day", "back-to-school", "labour-day",
			"thanksgiving", "halloween", "black-friday", "cyber-monday", "holiday-season", "christmas", "boxing-day");

	static final Map<String, ComputedOccasion> BY_ID = ComputedOccasions.ALL.stream()
		.collect(Collectors.toMap(ComputedOccasion::id, Function.identity()));

	@Test
	void keepsTheIdsTheApiPromises() {
		assertThat(ComputedOccasions.ALL).extracting(ComputedOccasion::id).containsExactlyElementsOf(IDS);
	}

	/** The dates of the published calendars of Québec (statutory holidays) and of the trade. */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "patriots-day, 2024, 2024-05-20", "patriots-day, 2025, 2025-05-19", "patriots-day, 2026, 2026-05-18",
			"patriots-day, 2027, 2027-05-24", "thanksgiving, 2024, 2024-10-14", "thanksgiving, 2025, 2025-10-13",
			"thanksgiving, 2026, 2026-10-12", "thanksgiving, 2027, 2027-10-11", "mothers-day, 2024, 2024-05-12",
			"mothers-day, 2025, 2025-05-11", "mothers-day, 2026, 2026-05-10", "mothers-day, 2027, 2027-05-09",
			"fathers-day, 2024, 2024-06-16", "fathers-day, 2025, 2025-06-15", "fathers-day, 2026, 2026-06-21",
			"fathers-day, 2027, 2027-06-20", "black-friday, 2024, 2024-11-29", "black-friday, 2025, 2025-11-28",
			"black-friday, 2026, 2026-11-27", "black-friday, 2027, 2027-11-26", "cyber-monday, 2024, 2024-12-02",
			"cyber-monday, 2025, 2025-12-01", "cyber-monday, 2026, 2026-11-30", "cyber-monday, 2027, 2027-11-29",
			"labour-day, 2024, 2024-09-02", "labour-day, 2025, 2025-09-01", "labour-day, 2026, 2026-09-07",
			"labour-day, 2027, 2027-09-06", "good-friday, 2024, 2024-03-29", "good-friday, 2025, 2025-04-18",
			"good-friday, 2026, 2026-04-03", "good-friday, 2027, 2027-03-26", "easter-monday, 2024, 2024-04-01",
			"easter-monday, 2025, 2025-04-21", "easter-monday, 2026, 2026-04-06", "easter-monday, 2027, 2027-03-29",
			"easter, 2026, 2026-04-05", "easter, 2027, 2027-03-28" })
	void placesTheOccasionOnThePublishedDate(String id, int year, LocalDate published) {
		assertThat(BY_ID.get(id).startIn(year)).isEqualTo(published);
	}

	@Test
	void followsEachRuleAsWrittenEveryYearOfTheRange() {
		for (int year = OccasionPolicy.FIRST_YEAR; year <= OccasionPolicy.LAST_YEAR; year++) {
			LocalDate easter = EasterPolicy.easterSunday(year);
			// fixed days
			assertThat(day("new-year", year)).isEqualTo(LocalDate.of(year, 1, 1));
			assertThat(day("valentines-day", year)).isEqualTo(LocalDate.of(year, 2, 14));
			assertThat(day("fete-nationale", year)).isEqualTo(LocalDate.of(year, 6, 24));
			assertThat(day("canada-day", year)).isEqualTo(LocalDate.of(year, 7, 1));
			assertThat(day("halloween", year)).isEqualTo(LocalDate.of(year, 10, 31));
			assertThat(day("christmas", year)).isEqualTo(LocalDate.of(year, 12, 25));
			assertThat(day("boxing-day", year)).isEqualTo(LocalDate.of(year, 12, 26));
			// around Easter
			assertThat(day("easter", year)).isEqualTo(easter);
			assertThat(day("good-friday", year)).isEqualTo(easter.minusDays(2)).matches(is(DayOfWeek.FRIDAY));
			assertThat(day("easter-monday", year)).isEqualTo(easter.plusDays(1)).matches(is(DayOfWeek.MONDAY));
			// the Monday before May 25: May 18 to 24
			LocalDate patriots = day("patriots-day", year);
			assertThat(patriots).matches(is(DayOfWeek.MONDAY))
				.isBetween(LocalDate.of(year, 5, 18), LocalDate.of(year, 5, 24));
			// n-th weekday of a month: the n-th falls on days 7(n-1)+1 to 7n
			assertThat(day("mothers-day", year)).matches(nth(2, DayOfWeek.SUNDAY, Month.MAY));
			assertThat(day("fathers-day", year)).matches(nth(3, DayOfWeek.SUNDAY, Month.JUNE));
			assertThat(day("labour-day", year)).matches(nth(1, DayOfWeek.MONDAY, Month.SEPTEMBER));
			assertThat(day("thanksgiving", year)).matches(nth(2, DayOfWeek.MONDAY, Month.OCTOBER));
			// the day after the fourth Thursday of November, and the Monday after
			LocalDate blackFriday = day("black-friday", year);
			assertThat(blackFriday.minusDays(1)).matches(nth(4, DayOfWeek.THURSDAY, Month.NOVEMBER));
			assertThat(day("cyber-monday", year)).isEqualTo(blackFriday.plusDays(3)).matches(is(DayOfWeek.MONDAY));
			// the three weeks before the fête du Travail
			LocalDate labourDay = day("labour-day", year);
			assertThat(day("back-to-school", year)).isEqualTo(labourDay.minusWeeks(3)).matches(is(DayOfWeek.MONDAY));
			assertThat(BY_ID.get("back-to-school").endIn(year)).isEqualTo(labourDay.minusDays(1));
			// December
			assertThat(day("holiday-season", year)).isEqualTo(LocalDate.of(year, 12, 1));
			assertThat(BY_ID.get("holiday-season").endIn(year)).isEqualTo(LocalDate.of(year, 12, 31));
		}
	}

	@Test
	void givesAnEndOnlyToTheOccasionsThatLastSeveralDays() {
		for (ComputedOccasion occasion : ComputedOccasions.ALL) {
			boolean period = List.of("back-to-school", "holiday-season").contains(occasion.id());
			assertThat(occasion.endIn(2027) != null).as(occasion.id()).isEqualTo(period);
		}
	}

	@Test
	void saysWhichAreHolidaysAndWhichAreCommercialDates() {
		assertThat(ComputedOccasions.ALL).filteredOn(o -> o.kind() == OccasionKind.HOLIDAY)
			.extracting(ComputedOccasion::id)
			.containsExactly("new-year", "good-friday", "easter", "easter-monday", "patriots-day", "fete-nationale",
					"canada-day", "labour-day", "thanksgiving", "christmas");
		assertThat(ComputedOccasions.ALL).noneMatch(o -> o.kind() == OccasionKind.LOCAL);
	}

	private static LocalDate day(String id, int year) {
		return BY_ID.get(id).startIn(year);
	}

	private static java.util.function.Predicate<LocalDate> is(DayOfWeek weekday) {
		return date -> date.getDayOfWeek() == weekday;
	}

	private static java.util.function.Predicate<LocalDate> nth(int n, DayOfWeek weekday, Month month) {
		return date -> date.getDayOfWeek() == weekday && date.getMonth() == month && date.getDayOfMonth() > 7 * (n - 1)
				&& date.getDayOfMonth() <= 7 * n;
	}

}
