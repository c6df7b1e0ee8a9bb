package ca.pignon.plan.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;

/**
 * Everything a draft depends on, and nothing else: the same inputs always give the same draft.
 *
 * @param answers the completed diagnostic's answers to the questions it showed
 * @param scores each dimension's score (absent when not scored)
 * @param goals the goals ticked in the application
 * @param advisorHoursLeft what is left of the advisor's hours of the accompaniment; none when not known yet (the
 * draft then places actions with the advisor on the merchant's hours alone)
 */
public record DraftInputs(Map<String, List<String>> answers, Map<String, @Nullable Integer> scores, Set<Goal> goals,
		BigDecimal hoursPerWeek, YearMonth start, @Nullable BigDecimal advisorHoursLeft) {

	public DraftInputs(Map<String, List<String>> answers, Map<String, @Nullable Integer> scores, Set<Goal> goals,
			BigDecimal hoursPerWeek, YearMonth start) {
		this(answers, scores, goals, hoursPerWeek, start, null);
	}

	/**
	 * The hours per week an application gave, as a number: under one hour counts as half an hour, one to two as one
	 * and a half (also when not answered), three to five as four, more than five as six (the lower middle of each
	 * range, so that the plan does not ask more than the merchant has).
	 */
	public static BigDecimal hoursPerWeek(@Nullable HoursPerWeek answered) {
		return switch (answered == null ? HoursPerWeek.ONE_TO_TWO : answered) {
			case LESS_THAN_ONE -> new BigDecimal("0.5");
			case ONE_TO_TWO -> new BigDecimal("1.5");
			case THREE_TO_FIVE -> new BigDecimal("4");
			case MORE_THAN_FIVE -> new BigDecimal("6");
		};
	}

}
