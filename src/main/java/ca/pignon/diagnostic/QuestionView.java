package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A question as its page shows it.
 *
 * @param values the saved answer, else the hint's suggestion, else nothing
 * @param hint a suggestion for an unanswered question (the web audit's), shown next to it
 * @param answeredBy who gave the saved answer
 */
public record QuestionView(Question question, List<String> values, boolean answered, @Nullable AnswerHint hint,
		@Nullable String answeredBy) {

	public boolean has(String value) {
		return values.contains(value);
	}

	public String first() {
		return values.isEmpty() ? "" : values.get(0);
	}

}
