package ca.pignon.selection;

/**
 * A reviewer's score on one reviewer criterion.
 *
 * @param value from 0 to the criterion's max
 * @param justification required, short (the limit is {@code pignon.selection.justification-max-length})
 */
public record ScoreInput(String criterionCode, int value, String justification) {
}
