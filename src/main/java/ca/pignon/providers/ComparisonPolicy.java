package ca.pignon.providers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How quotes compare: the total cost over three years is the price once plus three times the yearly price (a quote
 * with no yearly price counts none and is flagged); each criterion scores 0 to 100 (cost and timeline relative to the
 * best quote of the brief, the others from what the quote commits to); the weighted score is the mean of the scores
 * by the merchant's weights. The columns keep the shortlist's order: the comparison ranks nothing by itself, the
 * merchant chooses.
 */
final class ComparisonPolicy {

	static final int YEARS = 3;

	private ComparisonPolicy() {
	}

	static BigDecimal threeYearCost(Quote quote) {
		BigDecimal yearly = quote.yearly() == null ? BigDecimal.ZERO : quote.yearly();
		return quote.oneTime().add(yearly.multiply(BigDecimal.valueOf(YEARS)));
	}

	static Set<RedFlag> flags(ShortlistEntry entry, Quote quote, @Nullable Integer budgetMax) {
		Set<RedFlag> flags = EnumSet.noneOf(RedFlag.class);
		if (quote.domainOwner() == DomainOwner.PROVIDER) {
			flags.add(RedFlag.DOMAIN_NOT_OWNED);
		}
		if (quote.contentOwner() == ContentOwner.PROVIDER) {
			flags.add(RedFlag.CONTENT_NOT_OWNED);
		}
		if (quote.yearly() == null) {
			flags.add(RedFlag.NO_YEARLY_PRICE);
		}
		if (quote.hosting() == Hosting.OUTSIDE_CANADA) {
			flags.add(RedFlag.HOSTED_OUTSIDE_CANADA);
		}
		if (!quote.frenchService()) {
			flags.add(RedFlag.NO_FRENCH);
		}
		if (budgetMax != null && quote.oneTime().compareTo(BigDecimal.valueOf(budgetMax)) > 0) {
			flags.add(RedFlag.OVER_BUDGET);
		}
		if (!entry.vetted()) {
			flags.add(RedFlag.NOT_VETTED);
		}
		return flags;
	}

	static Comparison compare(List<ShortlistEntry> answered, Map<Criterion, Integer> weights,
			@Nullable Integer budgetMax) {
		BigDecimal lowestCost = answered.stream()
			.map(entry -> threeYearCost(quote(entry)))
			.min(BigDecimal::compareTo)
			.orElse(BigDecimal.ZERO);
		int fewestWeeks = answered.stream().mapToInt(entry -> quote(entry).weeks()).min().orElse(1);
		List<Comparison.Column> columns = new ArrayList<>();
		for (ShortlistEntry entry : answered) {
			Quote quote = quote(entry);
			BigDecimal cost = threeYearCost(quote);
			Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
			scores.put(Criterion.COST, cost.signum() == 0 ? 100
					: lowestCost.multiply(BigDecimal.valueOf(100)).divide(cost, 0, RoundingMode.HALF_UP).intValue());
			scores.put(Criterion.TIMELINE, Math.round(100f * fewestWeeks / quote.weeks()));
			int owned = (quote.domainOwner() != DomainOwner.PROVIDER ? 1 : 0)
					+ (quote.contentOwner() == ContentOwner.MERCHANT ? 1 : 0);
			scores.put(Criterion.OWNERSHIP, owned * 50);
			scores.put(Criterion.MAINTENANCE, quote.maintenance().isBlank() ? 0 : 100);
			scores.put(Criterion.REFERENCES, entry.vetted() ? 100 : 0);
			scores.put(Criterion.FRENCH, quote.frenchService() ? 100 : 0);
			scores.put(Criterion.ACCESSIBILITY, switch (quote.accessibility()) {
				case WCAG_AA -> 100;
				case PARTIAL -> 50;
				case NONE -> 0;
			});
			columns.add(new Comparison.Column(entry, cost, scores, weighted(scores, weights),
					flags(entry, quote, budgetMax)));
		}
		return new Comparison(weights, columns);
	}

	static int weighted(Map<Criterion, Integer> scores, Map<Criterion, Integer> weights) {
		int total = 0;
		int weightSum = 0;
		for (Criterion criterion : Criterion.values()) {
			int weight = weights.getOrDefault(criterion, criterion.defaultWeight());
			total += weight * scores.getOrDefault(criterion, 0);
			weightSum += weight;
		}
		return weightSum == 0 ? 0 : Math.round((float) total / weightSum);
	}

	/** Weights as stored: {@code COST=3,TIMELINE=2…}; a missing or unreadable one takes its default. */
	static Map<Criterion, Integer> weights(String stored) {
		Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			weights.put(criterion, criterion.defaultWeight());
		}
		for (String pair : stored.split(",")) {
			String[] parts = pair.split("=");
			if (parts.length == 2) {
				try {
					int weight = Integer.parseInt(parts[1].strip());
					if (weight >= 0 && weight <= Criterion.MAX_WEIGHT) {
						weights.put(Criterion.valueOf(parts[0].strip()), weight);
					}
				}
				catch (IllegalArgumentException ignored) {
					// an unknown criterion or a number that is not one keeps the default
				}
			}
		}
		return weights;
	}

	static String stored(Map<Criterion, Integer> weights) {
		return weights.entrySet()
			.stream()
			.map(entry -> entry.getKey().name() + "=" + entry.getValue())
			.reduce((a, b) -> a + "," + b)
			.orElse("");
	}

	private static Quote quote(ShortlistEntry entry) {
		if (entry.quote() == null) {
			throw new IllegalArgumentException("not answered: " + entry.id());
		}
		return entry.quote();
	}

}
