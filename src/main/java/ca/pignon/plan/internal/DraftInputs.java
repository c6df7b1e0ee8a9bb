package ca.pignon.plan.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Goal;

/**
 * Everything a draft depends on, and nothing else: the same inputs always give the same draft.
 *
 * @param answers the completed diagnostic's answers to the questions it showed
 * @param scores each dimension's score (absent when not scored)
 * @param goals the goals ticked in the application
 */
public record DraftInputs(Map<String, List<String>> answers, Map<String, @Nullable Integer> scores, Set<Goal> goals,
		BigDecimal hoursPerWeek, YearMonth start) {
}
