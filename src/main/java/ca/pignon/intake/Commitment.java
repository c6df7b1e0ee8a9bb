package ca.pignon.intake;

/**
 * What the merchant can put into the project: an engagement signal for selection.
 */
public record Commitment(HoursPerWeek hoursPerWeek, WorkBy workBy) {
}
