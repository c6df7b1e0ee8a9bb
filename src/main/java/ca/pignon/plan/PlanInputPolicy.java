package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused.Problem;

/**
 * The rules on the values a plan is written with, whoever typed them: a month from this month to three years ahead,
 * hours per week over 0 and at most 60 (to the tenth of an hour), whole numbers in a range, texts within a length (some
 * required), who does an action. Each rule adds its reason, with the field it is about, to the problems it is given,
 * so that one refusal says everything at once.
 */
final class PlanInputPolicy {

	static final int YEARS_AHEAD = 3;

	static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(60);

	private final YearMonth thisMonth;

	/** @param thisMonth the month it is in Québec: a plan never starts nor schedules before it */
	PlanInputPolicy(YearMonth thisMonth) {
		this.thisMonth = thisMonth;
	}

	/** Not before this month, at most three years ahead; a missing month reads as one not written properly. */
	void month(String field, @Nullable YearMonth month, List<Problem> problems) {
		if (month == null) {
			problems.add(Problem.about(field, "plan.month.invalid"));
		}
		else if (month.isBefore(thisMonth)) {
			problems.add(Problem.about(field, "plan.month.past"));
		}
		else if (month.isAfter(thisMonth.plusYears(YEARS_AHEAD))) {
			problems.add(Problem.about(field, "plan.month.tooFar"));
		}
	}

	/** More than 0, at most 60, written to the tenth of an hour at most. */
	static void hoursPerWeek(String field, @Nullable BigDecimal hours, List<Problem> problems) {
		if (hours == null || hours.signum() <= 0 || hours.compareTo(MAX_HOURS_PER_WEEK) > 0
				|| hours.scale() > 1) {
			problems.add(Problem.about(field, "plan.draft.hoursRange"));
		}
	}

	/** An action's time: from {@code min} to {@code max} hours, by half hours ({@code 1.5}, not {@code 1.25}). */
	static void halfHours(String field, @Nullable BigDecimal hours, int min, int max, List<Problem> problems) {
		if (hours == null || hours.compareTo(BigDecimal.valueOf(min)) < 0 || hours.compareTo(BigDecimal.valueOf(max)) > 0
				|| !PlanRules.inHalfHours(hours)) {
			problems.add(Problem.about(field, "plan.edit.halfHoursRange", min, max));
		}
	}

	/** A whole number from {@code min} to {@code max}. */
	static void number(String field, int value, int min, int max, List<Problem> problems) {
		if (value < min || value > max) {
			problems.add(Problem.about(field, "plan.edit.numberRange", min, max));
		}
	}

	/**
	 * A text of at most {@code max} characters once its surrounding spaces (and carriage returns) are removed.
	 * @return the text as kept, null when empty
	 */
	static @Nullable String text(String field, @Nullable String typed, int max, boolean required,
			List<Problem> problems) {
		String text = typed == null ? "" : typed.replace("\r", "").strip();
		if (required && text.isEmpty()) {
			problems.add(Problem.about(field, "plan.edit.required"));
		}
		else if (text.length() > max) {
			problems.add(Problem.about(field, "plan.edit.tooLong", max));
		}
		return text.isEmpty() ? null : text;
	}

	static void doer(String field, @Nullable Doer doer, List<Problem> problems) {
		if (doer == null) {
			problems.add(Problem.about(field, "plan.edit.doerRequired"));
		}
	}

	static void refuseIf(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new PlanRefused(problems);
		}
	}

}
