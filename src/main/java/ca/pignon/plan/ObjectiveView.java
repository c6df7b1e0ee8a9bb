package ca.pignon.plan;

/** A SMART objective in the reader's language. */
public record ObjectiveView(String dimension, int fromScore, int targetScore, String targetDate, String indicator) {
}
