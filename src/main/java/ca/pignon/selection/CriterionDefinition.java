package ca.pignon.selection;

import org.jspecify.annotations.Nullable;

/**
 * A criterion as a manager defines it, and as a grid version stores it.
 *
 * @param code upper-case identifier, unique in a grid ({@code HOURS_PER_WEEK}); the labels of the shipped criteria
 *     come from the message keys {@code selection.criterion.<code>.label} and {@code .help}
 * @param rule for an automatic criterion, what it reads; {@code null} for a reviewer criterion
 * @param pointsTable for an automatic criterion, the points of each value read, e.g.
 *     {@code LESS_THAN_ONE=0;ONE_TO_TWO=2;THREE_TO_FIVE=3;MORE_THAN_FIVE=4} ({@code *} matches anything else)
 * @param weight the criterion's share of the total, relative to the other weights (1 to 100)
 * @param max the top of the scale: a value goes from 0 to max (1 to 10)
 * @param labelFr a criterion a manager adds carries its own labels, in French and English; {@code null} for the
 *     shipped criteria, whose labels are message keys
 */
public record CriterionDefinition(String code, CriterionGroup group, CriterionKind kind, @Nullable AutomaticRule rule,
		@Nullable String pointsTable, int weight, int max, @Nullable String labelFr, @Nullable String labelEn,
		@Nullable String helpFr, @Nullable String helpEn) {

	public static CriterionDefinition automatic(String code, CriterionGroup group, AutomaticRule rule,
			String pointsTable, int weight, int max) {
		return new CriterionDefinition(code, group, CriterionKind.AUTOMATIC, rule, pointsTable, weight, max, null, null,
				null, null);
	}

	public static CriterionDefinition reviewer(String code, CriterionGroup group, int weight, int max) {
		return new CriterionDefinition(code, group, CriterionKind.REVIEWER, null, null, weight, max, null, null, null,
				null);
	}

	/** The same criterion, labelled in its own words (for a criterion a manager adds). */
	public CriterionDefinition labelled(String labelFr, String labelEn, @Nullable String helpFr,
			@Nullable String helpEn) {
		return new CriterionDefinition(code, group, kind, rule, pointsTable, weight, max, labelFr, labelEn, helpFr,
				helpEn);
	}

	public CriterionDefinition weighing(int weight, int max) {
		return new CriterionDefinition(code, group, kind, rule, pointsTable, weight, max, labelFr, labelEn, helpFr,
				helpEn);
	}

	public CriterionDefinition withPoints(String pointsTable) {
		return new CriterionDefinition(code, group, kind, rule, pointsTable, weight, max, labelFr, labelEn, helpFr,
				helpEn);
	}

	public boolean hasOwnLabels() {
		return labelFr != null;
	}

	public String labelKey() {
		return "selection.criterion." + code + ".label";
	}

	public String helpKey() {
		return "selection.criterion." + code + ".help";
	}

}
