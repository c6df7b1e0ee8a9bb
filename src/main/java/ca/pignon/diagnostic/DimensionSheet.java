package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One dimension's page of the questionnaire: its questions shown by the skip logic, the advisor's private note (staff
 * only, else null), the progress through every dimension and the neighbours for "previous" and "next".
 */
public record DimensionSheet(DiagnosticSummary diagnostic, Dimension dimension, int position, int count,
		List<QuestionView> questions, @Nullable String note, List<DimensionProgress> progress,
		@Nullable String previous, @Nullable String next) {
}
