package ca.pignon.diagnostic;

/** A required question still unanswered, for the list shown when marking the diagnostic complete. */
public record MissingAnswer(String dimensionId, String dimensionTitle, String questionId, String question) {
}
