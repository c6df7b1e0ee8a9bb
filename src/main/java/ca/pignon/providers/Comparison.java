package ca.pignon.providers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotes of a brief side by side: for each, its total cost over three years, its score on each criterion (0 to
 * 100, the best quote of the brief scoring 100 on cost and timeline), its weighted score on the merchant's weights,
 * and its red flags in plain words.
 */
public record Comparison(Map<Criterion, Integer> weights, List<Column> columns) {

	public record Column(ShortlistEntry entry, BigDecimal threeYearCost, Map<Criterion, Integer> scores,
			int weightedScore, Set<RedFlag> flags) {
	}

}
