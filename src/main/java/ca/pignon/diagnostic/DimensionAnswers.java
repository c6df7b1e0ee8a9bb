package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A dimension's answers and the advisor's private note, for staff only. */
public record DimensionAnswers(String dimensionId, String title, List<AnswerLine> answers, @Nullable String note) {
}
