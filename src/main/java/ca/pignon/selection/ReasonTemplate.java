package ca.pignon.selection;

/**
 * A reason a manager may give for a decision: a message key and its text in the reader's language, to edit.
 */
public record ReasonTemplate(DecisionStatus status, String key, String text) {
}
