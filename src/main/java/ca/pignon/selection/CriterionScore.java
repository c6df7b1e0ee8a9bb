package ca.pignon.selection;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One line of a score's breakdown.
 *
 * @param input for an automatic criterion, the value read from the application when it entered the round
 *     ({@code THREE_TO_FIVE}, {@code 4}, {@code 445110}…)
 * @param value the value on the criterion's scale (0 to max): the points table's for an automatic criterion, the
 *     mean of the counted reviewers for a reviewer criterion; {@code null} when missing (no counted reviewer yet)
 * @param points what the criterion contributes to the total out of 100: {@code 100 × weight × value / max / sum of
 *     weights}, rounded to hundredths for display
 * @param reviewers reviewers counted (submitted, without conflict of interest)
 * @param disagreement counted reviewers are further apart than the configured gap
 */
public record CriterionScore(String code, String label, CriterionGroup group, CriterionKind kind, int weight, int max,
		@Nullable String input, @Nullable BigDecimal value, BigDecimal points, BigDecimal maxPoints, int reviewers,
		boolean disagreement) {

	public boolean missing() {
		return value == null;
	}

}
