package ca.pignon.diagnostic;

import java.io.Serializable;

/** A required question still unanswered, for the list shown when marking the diagnostic complete. */
public record MissingAnswer(String dimensionId, String dimensionTitle, String questionId, String question)
		implements Serializable {
}
