package ca.pignon.content;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * What an occasion's dates and names must be: a year of the calendar's range (2000 to 2100), a first day, a last day
 * that is not before it and at most {@value #LONGEST_DAYS} days later, a French name; each reason names its field.
 */
final class OccasionPolicy {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static final int LONGEST_DAYS = 92;

	static final int LONGEST_TEXT = 120;

	private OccasionPolicy() {
	}

	static boolean inRange(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	static List<Problem> year(int year) {
		return inRange(year) ? List.of()
				: List.of(Problem.about("year", "content.occasion.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR), String.valueOf(year)));
	}

	/**
	 * The dates of an occasion.
	 * @param year the year they must start in, or null for any year of the range
	 */
	static List<Problem> dates(@Nullable Integer year, @Nullable LocalDate start, @Nullable LocalDate end) {
		List<Problem> problems = new ArrayList<>();
		if (start == null) {
			problems.add(Problem.about("start", "content.occasion.start.required"));
			return problems;
		}
		if (year != null && start.getYear() != year) {
			problems.add(Problem.about("start", "content.occasion.start.otherYear", String.valueOf(year)));
		}
		else if (!inRange(start.getYear())) {
			problems.add(Problem.about("start", "content.occasion.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR),
					String.valueOf(start.getYear())));
		}
		if (end != null && end.isBefore(start)) {
			problems.add(Problem.about("end", "content.occasion.end.beforeStart"));
		}
		else if (end != null && ChronoUnit.DAYS.between(start, end) > LONGEST_DAYS) {
			problems.add(Problem.about("end", "content.occasion.end.tooLong", LONGEST_DAYS));
		}
		return problems;
	}

	/** The names and place of an occasion staff add: a French name, each text at most {@value #LONGEST_TEXT}. */
	static List<Problem> texts(String nameFr, String nameEn, String place) {
		List<Problem> problems = new ArrayList<>();
		if (nameFr.isBlank()) {
			problems.add(Problem.about("nameFr", "content.occasion.nameFr.required"));
		}
		text(problems, "nameFr", nameFr);
		text(problems, "nameEn", nameEn);
		text(problems, "place", place);
		return problems;
	}

	private static void text(List<Problem> problems, String field, String value) {
		if (value.strip().length() > LONGEST_TEXT) {
			problems.add(Problem.about(field, "content.occasion.text.tooLong", LONGEST_TEXT));
		}
	}

}
