package ca.pignon.diagnostic;

import org.jspecify.annotations.Nullable;

/** A question and its answer in words, for the advisor's view of the result. */
public record AnswerLine(String question, String answer, @Nullable String answeredBy) {
}
