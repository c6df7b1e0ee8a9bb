package ca.pignon.selection.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A reviewer's score on one criterion, with the grid version it was given on. */
@Table("selection_review_score")
public record ReviewScoreRow(int value, String justification, Instant scoredAt, int gridVersion) {
}
