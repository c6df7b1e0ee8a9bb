package ca.pignon.plan;

import java.time.LocalDate;

/**
 * A SMART objective of the plan: raise a dimension's score from {@code fromScore} to {@code targetScore} by
 * {@code targetDate} (measured by the end-of-program diagnostic), with the indicator of its most telling action as the
 * concrete sign along the way.
 */
public record Objective(String dimensionId, int fromScore, int targetScore, LocalDate targetDate,
		String indicatorActionId) {
}
