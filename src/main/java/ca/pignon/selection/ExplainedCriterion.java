package ca.pignon.selection;

import java.math.BigDecimal;

/**
 * A criterion as a merchant reads it about their own application: points obtained out of the criterion's points.
 *
 * @param assessed {@code false} when the criterion has no value (no reviewer scored it): it counts 0 and should read
 *     "not assessed", not as a low score
 */
public record ExplainedCriterion(String label, CriterionGroup group, BigDecimal points, BigDecimal maxPoints,
		boolean assessed) {
}
