package ca.pignon.content;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** What an occasion's dates and names must be, each reason beside its field. */
class OccasionPolicyTests {

	@Test
	void takesTheYearsOfTheCalendarsRangeOnly() {
		assertThat(OccasionPolicy.year(OccasionPolicy.FIRST_YEAR)).isEmpty();
		assertThat(OccasionPolicy.year(OccasionPolicy.LAST_YEAR)).isEmpty();
		assertThat(OccasionPolicy.year(OccasionPolicy.FIRST_YEAR - 1)).extracting(Problem::messageKey)
			.containsExactly("content.occasion.year.outOfRange");
		assertThat(OccasionPolicy.year(OccasionPolicy.LAST_YEAR + 1)).extracting(Problem::field).containsExactly("year");
	}

	@Test
	void asksForAFirstDay() {
		assertThat(OccasionPolicy.dates(2027, null, LocalDate.of(2027, 2, 1))).extracting(Problem::field, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("start", "content.occasion.start.required"));
	}

	@Test
	void refusesAnEditionConfirmedInAnotherYear() {
		assertThat(OccasionPolicy.dates(2027, LocalDate.of(2026, 7, 3), null)).extracting(Problem::messageKey)
			.containsExactly("content.occasion.start.otherYear");
		assertThat(OccasionPolicy.dates(2027, LocalDate.of(2027, 7, 3), null)).isEmpty();
	}

	@Test
	void refusesALastDayBeforeTheFirstAndAnOccasionThatNeverEnds() {
		LocalDate start = LocalDate.of(2027, 4, 15);
		assertThat(OccasionPolicy.dates(null, start, start.minusDays(1))).extracting(Problem::field, Problem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("end", "content.occasion.end.beforeStart"));
		assertThat(OccasionPolicy.dates(null, start, start.plusDays(OccasionPolicy.LONGEST_DAYS))).isEmpty();
		assertThat(OccasionPolicy.dates(null, start, start.plusDays(OccasionPolicy.LONGEST_DAYS + 1)))
			.extracting(Problem::messageKey)
			.containsExactly("content.occasion.end.tooLong");
	}

	@Test
	void refusesAnOccasionOutsideTheCalendarsYears() {
		assertThat(OccasionPolicy.dates(null, LocalDate.of(1999, 12, 31), null)).extracting(Problem::messageKey)
			.containsExactly("content.occasion.year.outOfRange");
	}

	@Test
	void asksForAFrenchNameAndShortTexts() {
		String tooLong = "x".repeat(OccasionPolicy.LONGEST_TEXT + 1);
		assertThat(OccasionPolicy.texts(" ", "", "")).extracting(Problem::field).containsExactly("nameFr");
		assertThat(OccasionPolicy.texts("Vente trottoir", tooLong, tooLong)).extracting(Problem::field)
			.containsExactly("nameEn", "place");
		assertThat(OccasionPolicy.texts("Vente trottoir", "", "Rue Saint-Joseph")).isEmpty();
	}

}
