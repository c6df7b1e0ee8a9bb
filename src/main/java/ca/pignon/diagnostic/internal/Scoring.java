package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.Band;
import ca.pignon.diagnostic.Choice;
import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.DimensionScore;
import ca.pignon.diagnostic.MaturityLevel;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.Scores;

/**
 * The scoring formula, version {@value #FORMULA_VERSION} (docs/diagnostic.md). Each answered, shown, scored question
 * gives a fraction between 0 and 1:
 * <ul>
 * <li>single choice: the choice's points divided by the best choice's points;</li>
 * <li>multiple choice: the ticked choices' points, capped at the question's cap (by default, all the points), divided
 * by the cap;</li>
 * <li>scale: the value divided by 5;</li>
 * <li>already / planned / no: 1, 1/2, 0;</li>
 * <li>number: the points of the band the value falls in, divided by 100.</li>
 * </ul>
 * A "not applicable" choice and an unanswered question leave the question out. A dimension's score is 100 times the
 * weighted mean of its fractions, rounded half up to an integer; the overall score is the weighted mean of the
 * dimensions' rounded scores, rounded the same way, so that anyone can redo it from the scores shown.
 */
public final class Scoring {

	public static final int FORMULA_VERSION = 1;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SCALE = 10;

	private Scoring() {
	}

	public static Scores score(QuestionBank bank, Map<String, Answer> answers) {
		Set<String> shown = SkipLogic.shown(bank, answers);
		List<DimensionScore> dimensions = new ArrayList<>();
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Dimension dimension : bank.dimensions()) {
			Integer score = dimensionScore(dimension, answers, shown);
			dimensions.add(new DimensionScore(dimension.id(), score, score == null ? null : MaturityLevel.of(score)));
			if (score != null) {
				weighted = weighted.add(dimension.weight().multiply(BigDecimal.valueOf(score)));
				weights = weights.add(dimension.weight());
			}
		}
		Integer overall = weights.signum() == 0 ? null
				: weighted.divide(weights, SCALE, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_UP).intValueExact();
		return new Scores(FORMULA_VERSION, List.copyOf(dimensions), overall,
				overall == null ? null : MaturityLevel.of(overall));
	}

	static Integer dimensionScore(Dimension dimension, Map<String, Answer> answers, Set<String> shown) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Question question : dimension.questions()) {
			Answer answer = answers.get(question.id());
			if (!shown.contains(question.id()) || answer == null || answer.isBlank()) {
				continue;
			}
			Optional<BigDecimal> fraction = fraction(question, answer.values());
			if (fraction.isPresent()) {
				weighted = weighted.add(question.weight().multiply(fraction.get()));
				weights = weights.add(question.weight());
			}
		}
		if (weights.signum() == 0) {
			return null;
		}
		return weighted.multiply(HUNDRED)
			.divide(weights, SCALE, RoundingMode.HALF_UP)
			.setScale(0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	/** The question's fraction of full marks, or empty when it does not count (text, not applicable, unreadable). */
	public static Optional<BigDecimal> fraction(Question question, List<String> values) {
		return switch (question.type()) {
			case TEXT -> Optional.empty();
			case SINGLE -> single(question, values);
			case MULTIPLE -> multiple(question, values);
			case SCALE -> number(values).filter(v -> v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(5)) <= 0)
				.map(v -> v.divide(BigDecimal.valueOf(5), SCALE, RoundingMode.HALF_UP));
			case ALREADY_PLANNED_NO -> values.isEmpty() ? Optional.empty() : switch (values.get(0)) {
				case Answer.ALREADY -> Optional.of(BigDecimal.ONE);
				case Answer.PLANNED -> Optional.of(new BigDecimal("0.5"));
				case Answer.NO -> Optional.of(BigDecimal.ZERO);
				default -> Optional.empty();
			};
			case NUMBER -> number(values).map(value -> band(question.bands(), value));
		};
	}

	private static Optional<BigDecimal> single(Question question, List<String> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		Optional<Choice> choice = question.choice(values.get(0));
		if (choice.isEmpty() || choice.get().notApplicable()) {
			return Optional.empty();
		}
		int best = question.choices().stream().mapToInt(Choice::points).max().orElse(0);
		return Optional.of(BigDecimal.valueOf(choice.get().points()).divide(BigDecimal.valueOf(best), SCALE,
				RoundingMode.HALF_UP));
	}

	private static Optional<BigDecimal> multiple(Question question, List<String> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		int cap = question.cap() != null ? question.cap()
				: question.choices().stream().mapToInt(Choice::points).sum();
		int points = values.stream().distinct().map(question::choice).flatMap(Optional::stream).mapToInt(Choice::points).sum();
		return Optional.of(BigDecimal.valueOf(Math.min(points, cap)).divide(BigDecimal.valueOf(cap), SCALE,
				RoundingMode.HALF_UP));
	}

	private static BigDecimal band(List<Band> bands, BigDecimal value) {
		int points = 0;
		for (Band band : bands) {
			if (value.compareTo(band.from()) >= 0) {
				points = band.points();
			}
		}
		return BigDecimal.valueOf(points).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
	}

	static Optional<BigDecimal> number(List<String> values) {
		if (values.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new BigDecimal(values.get(0).strip().replace(',', '.').replace(" ", "")));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
