package ca.pignon.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ca.pignon.platform.Refused.Problem;

/**
 * The engagement rates of a month's figures, in percent with two decimals: interactions ÷ reach, and interactions ÷
 * followers; none when the divisor is zero (nothing to divide by is not a rate of zero). Figures are never negative.
 */
final class EngagementPolicy {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private EngagementPolicy() {
	}

	static Optional<BigDecimal> byReach(MonthlyFigures figures) {
		return percent(figures.interactions(), figures.reach());
	}

	static Optional<BigDecimal> byFollowers(MonthlyFigures figures) {
		return percent(figures.interactions(), figures.followers());
	}

	/** Each figure that cannot be, beside its field. */
	static List<Problem> check(MonthlyFigures figures) {
		List<Problem> problems = new ArrayList<>();
		negative(problems, "followers", figures.followers());
		negative(problems, "postsPublished", figures.postsPublished());
		negative(problems, "reach", figures.reach());
		negative(problems, "interactions", figures.interactions());
		return problems;
	}

	static Optional<BigDecimal> percent(long part, long whole) {
		if (whole <= 0) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2,
				RoundingMode.HALF_UP));
	}

	private static void negative(List<Problem> problems, String field, long value) {
		if (value < 0) {
			problems.add(Problem.about(field, "content.figures.negative"));
		}
	}

}
