package ca.pignon.plan.web;

/** A SMART objective in the reader's language. */
public record ObjectiveView(String dimension, int fromScore, int targetScore, String targetDate, String indicator) {
}
