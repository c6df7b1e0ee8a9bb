package ca.pignon.selection;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A criterion of a grid version, labelled in the reader's language.
 *
 * @param maxPoints what the criterion weighs out of 100: {@code 100 × weight / sum of the grid's weights}
 */
public record Criterion(String code, CriterionGroup group, CriterionKind kind, @Nullable AutomaticRule rule,
		@Nullable String pointsTable, int weight, int max, BigDecimal maxPoints, String label, String help) {

	public boolean isAutomatic() {
		return kind == CriterionKind.AUTOMATIC;
	}

}
