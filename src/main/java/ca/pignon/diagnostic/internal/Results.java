package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.DimensionResult;
import ca.pignon.diagnostic.DimensionScore;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.Scores;

/**
 * Strengths and gaps from the scores. Strengths: the dimensions at 75 or more (exemplaire), best first, three at most;
 * when there is none, the best dimension at 50 or more. Gaps: the dimensions under 75, lowest first (ties: the heavier
 * dimension, then the bank's order); as many as are under 50, but at least three and at most {@code maxGaps}.
 */
public final class Results {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private Results() {
	}

	public static List<DimensionResult> dimensions(QuestionBank bank, Scores scores, Map<String, Answer> answers,
			Locale locale) {
		Set<String> shown = SkipLogic.shown(bank, answers);
		List<DimensionResult> results = new ArrayList<>();
		for (Dimension dimension : bank.dimensions()) {
			DimensionScore score = scores.of(dimension.id()).orElseThrow();
			List<String> weak = new ArrayList<>();
			for (Question question : dimension.questions()) {
				Answer answer = answers.get(question.id());
				if (shown.contains(question.id()) && answer != null && weak.size() < 3 && Scoring
					.fraction(question, answer.values())
					.filter(fraction -> fraction.compareTo(HALF) < 0)
					.isPresent()) {
					weak.add(question.text().in(locale));
				}
			}
			results.add(new DimensionResult(dimension.id(), dimension.title().in(locale), score.score(), score.level(),
					dimension.strength().in(locale), dimension.gap().in(locale), List.copyOf(weak)));
		}
		return results;
	}

	public static List<DimensionResult> strengths(List<DimensionResult> dimensions) {
		List<DimensionResult> best = dimensions.stream()
			.filter(dimension -> dimension.score() != null)
			.sorted(Comparator.comparing(DimensionResult::score).reversed())
			.toList();
		List<DimensionResult> exemplary = best.stream().filter(dimension -> dimension.score() >= 75).limit(3).toList();
		if (!exemplary.isEmpty()) {
			return exemplary;
		}
		return best.stream().filter(dimension -> dimension.score() >= 50).limit(1).toList();
	}

	public static List<DimensionResult> gaps(QuestionBank bank, List<DimensionResult> dimensions, int maxGaps) {
		List<String> order = bank.dimensions().stream().map(Dimension::id).toList();
		List<DimensionResult> under = dimensions.stream()
			.filter(dimension -> dimension.score() != null && dimension.score() < 75)
			.sorted(Comparator.comparing(DimensionResult::score)
				.thenComparing(dimension -> bank.dimension(dimension.dimensionId()).orElseThrow().weight(),
						Comparator.reverseOrder())
				.thenComparing(dimension -> order.indexOf(dimension.dimensionId())))
			.toList();
		long belowHalf = under.stream().filter(dimension -> dimension.score() < 50).count();
		int count = (int) Math.min(under.size(), Math.max(3, Math.min(maxGaps, belowHalf)));
		return under.subList(0, count);
	}

}
