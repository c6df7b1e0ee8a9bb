package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of a completed diagnostic as its pages and PDF show it.
 *
 * @param strengths dimensions at 75 or more (at most three, best first); below that, the best dimension at 50 or more
 * @param gaps three to five dimensions with the lowest scores under 75, lowest first
 * @param peers the groups of at least five other merchants (sector, area), possibly none
 * @param answers every answer and note, for staff; empty for the merchant
 */
public record DiagnosticResult(DiagnosticSummary diagnostic, Scores scores, @Nullable MaturityLevel level,
		List<DimensionResult> dimensions, List<DimensionResult> strengths, List<DimensionResult> gaps,
		List<PeerGroup> peers, List<DimensionAnswers> answers) {
}
