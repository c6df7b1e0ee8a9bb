package ca.pignon.diagnostic.internal;

import java.time.Instant;
import java.util.List;

import ca.pignon.diagnostic.Answer;

/** An answer with who gave it and at which version of the diagnostic. */
public record StoredAnswer(String questionId, List<String> values, long revision, Author by, boolean staff,
		Instant at) {

	public Answer answer() {
		return new Answer(questionId, values);
	}

}
