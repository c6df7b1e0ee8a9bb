package ca.pignon.selection;

import java.math.BigDecimal;
import java.util.List;

import ca.pignon.shared.ApplicationId;

/**
 * An application's score in a round, criterion by criterion.
 *
 * @param total out of 100: {@code engagement + impact}
 * @param complete every criterion has a value; otherwise the missing ones count 0 and the application is ranked
 *     but marked incomplete
 * @param flagged reviewers disagree on at least one criterion by more than the configured gap: to discuss
 */
public record ScoreBreakdown(ApplicationId applicationId, int gridVersion, BigDecimal total, BigDecimal engagement,
		BigDecimal impact, boolean complete, boolean flagged, List<CriterionScore> criteria) {
}
