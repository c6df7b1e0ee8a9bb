package ca.pignon.providers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ca.pignon.platform.Refused.Problem;

/** A quote's prices are not negative and within reason, its timeline one week to two years, its texts not too long. */
final class QuotePolicy {

	static final BigDecimal PRICE_MAX = new BigDecimal("1000000");

	static final int WEEKS_MAX = 104;

	static final int TEXT_MAX = 4000;

	private QuotePolicy() {
	}

	static List<Problem> problems(Quote quote) {
		List<Problem> problems = new ArrayList<>();
		price(problems, "oneTime", quote.oneTime());
		if (quote.yearly() != null) {
			price(problems, "yearly", quote.yearly());
		}
		if (quote.weeks() < 1 || quote.weeks() > WEEKS_MAX) {
			problems.add(Problem.about("weeks", "providers.quote.weeks.range", WEEKS_MAX));
		}
		if (quote.included().isBlank()) {
			problems.add(Problem.about("included", "providers.field.required"));
		}
		if (quote.included().length() > TEXT_MAX) {
			problems.add(Problem.about("included", "providers.text.tooLong", TEXT_MAX));
		}
		if (quote.maintenance().length() > TEXT_MAX) {
			problems.add(Problem.about("maintenance", "providers.text.tooLong", TEXT_MAX));
		}
		return problems;
	}

	private static void price(List<Problem> problems, String field, BigDecimal price) {
		if (price.signum() < 0) {
			problems.add(Problem.about(field, "providers.quote.price.negative"));
		}
		else if (price.compareTo(PRICE_MAX) > 0) {
			problems.add(Problem.about(field, "providers.amount.range", PRICE_MAX));
		}
	}

}
