package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanRefused;
import ca.pignon.platform.Refused.Problem;

/**
 * Reads what a person typed in a plan's form into typed values. What cannot be read is a problem with its field and
 * the message the plan gives for a value that breaks its rule ("write a month as 2027-03", "a whole number from 1 to
 * 200"…), so that the page says the same either way; the plan then checks its rules on what could be read.
 */
final class TypedInput {

	private final List<Problem> problems = new ArrayList<>();

	/** A month as {@code yyyy-MM}. */
	@Nullable YearMonth month(String field, String typed) {
		try {
			return YearMonth.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.about(field, "plan.month.invalid"));
			return null;
		}
	}

	/** Hours with a comma or a point for the decimals ({@code 1,5} or {@code 1.5}). */
	@Nullable BigDecimal hours(String field, String typed) {
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.about(field, "plan.draft.hoursRange"));
			return null;
		}
	}

	/** An action's hours, by half hours, with a comma or a point ({@code 1,5}); the range is the plan's rule. */
	BigDecimal halfHours(String field, String typed, int min, int max) {
		try {
			return new BigDecimal(typed.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.about(field, "plan.edit.halfHoursRange", min, max));
			return BigDecimal.valueOf(min);
		}
	}

	/** A whole number; the range is the plan's rule, named when what was typed is not a number. */
	int integer(String field, String typed, int min, int max) {
		try {
			return Integer.parseInt(typed.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.about(field, "plan.edit.numberRange", min, max));
			return min;
		}
	}

	/** One of the choices, none when nothing was chosen (the plan says it is required). */
	@Nullable Doer doer(String field, String typed) {
		if (typed.isEmpty()) {
			return null;
		}
		for (Doer doer : Doer.values()) {
			if (doer.name().equals(typed)) {
				return doer;
			}
		}
		problems.add(Problem.about(field, "plan.edit.doerRequired"));
		return null;
	}

	/** @throws PlanRefused with what could not be read, if anything */
	void refuseIfAny() {
		if (!problems.isEmpty()) {
			throw new PlanRefused(problems);
		}
	}

}
