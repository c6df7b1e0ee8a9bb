package ca.pignon.selection;

import java.time.Instant;

/**
 * @param gridVersion the grid version the score was given on
 */
public record ReviewerScore(String criterionCode, int value, String justification, Instant scoredAt,
		int gridVersion) {
}
