package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.selection.CriterionKind;

/**
 * The grid's arithmetic, and nothing else: from the inputs kept with a candidate, the counted reviewers' values and a
 * grid version, the score.
 * <ul>
 * <li>each criterion gives {@code 100 × weight × value / max / (sum of the weights)} points, so that an application
 * at the top of every scale scores 100;</li>
 * <li>an automatic criterion's value is its points table's for the input read; a reviewer criterion's is the mean of
 * the counted reviewers' values (submitted, without conflict of interest);</li>
 * <li>a criterion without a value gives 0 points and makes the score incomplete;</li>
 * <li>engagement and impact are the sums of their criteria's points, each rounded to hundredths; the total is their
 * sum;</li>
 * <li>a reviewer criterion on which counted reviewers are further apart than the gap flags the application.</li>
 * </ul>
 */
public final class ScoreCalculator {

	/**
	 * @param criterion the criterion as the grid version defines it
	 * @param input the value read, for an automatic criterion
	 * @param value on the criterion's scale; {@code null} when missing
	 * @param exactPoints the contribution to the total, unrounded
	 */
	public record Outcome(CriterionDefinition criterion, @Nullable String input, @Nullable BigDecimal value,
			BigDecimal exactPoints, int reviewers, boolean disagreement) {

		public BigDecimal points() {
			return Scores.round(exactPoints);
		}

	}

	public record Computation(int gridVersion, BigDecimal total, BigDecimal engagement, BigDecimal impact,
			boolean complete, boolean flagged, List<Outcome> criteria) {
	}

	private ScoreCalculator() {
	}

	/**
	 * @param counted for each reviewer criterion's code, the values of the counted reviewers
	 */
	public static Computation compute(GridVersion grid, AutomaticInputs inputs, Map<String, List<Integer>> counted,
			int disagreementGap) {
		int totalWeight = grid.totalWeight();
		BigDecimal engagement = BigDecimal.ZERO;
		BigDecimal impact = BigDecimal.ZERO;
		boolean complete = true;
		boolean flagged = false;
		List<Outcome> outcomes = new ArrayList<>();
		for (CriterionDefinition criterion : grid.criteria()) {
			Outcome outcome = criterion.kind() == CriterionKind.AUTOMATIC
					? automatic(grid, criterion, inputs, totalWeight)
					: reviewer(criterion, counted.getOrDefault(criterion.code(), List.of()), totalWeight,
							disagreementGap);
			outcomes.add(outcome);
			complete &= outcome.value() != null;
			flagged |= outcome.disagreement();
			if (criterion.group() == CriterionGroup.ENGAGEMENT) {
				engagement = engagement.add(outcome.exactPoints());
			}
			else {
				impact = impact.add(outcome.exactPoints());
			}
		}
		BigDecimal roundedEngagement = Scores.round(engagement);
		BigDecimal roundedImpact = Scores.round(impact);
		return new Computation(grid.version(), roundedEngagement.add(roundedImpact), roundedEngagement, roundedImpact,
				complete, flagged, List.copyOf(outcomes));
	}

	private static Outcome automatic(GridVersion grid, CriterionDefinition criterion, AutomaticInputs inputs,
			int totalWeight) {
		String input = inputs.valueFor(criterion.rule());
		Integer points = grid.pointsTable(criterion.code()).pointsFor(input);
		if (points == null) {
			return new Outcome(criterion, input, null, BigDecimal.ZERO, 0, false);
		}
		return new Outcome(criterion, input, BigDecimal.valueOf(points),
				Scores.points(criterion.weight(), points, 1, criterion.max(), totalWeight), 0, false);
	}

	private static Outcome reviewer(CriterionDefinition criterion, List<Integer> values, int totalWeight, int gap) {
		if (values.isEmpty()) {
			return new Outcome(criterion, null, null, BigDecimal.ZERO, 0, false);
		}
		long sum = values.stream().mapToLong(Integer::longValue).sum();
		int spread = values.stream().mapToInt(Integer::intValue).max().getAsInt()
				- values.stream().mapToInt(Integer::intValue).min().getAsInt();
		return new Outcome(criterion, null, Scores.mean(sum, values.size()),
				Scores.points(criterion.weight(), sum, values.size(), criterion.max(), totalWeight), values.size(),
				spread > gap);
	}

}
