package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.pignon.diagnostic.Dimension;
import ca.pignon.diagnostic.PeerGroup;
import ca.pignon.diagnostic.QuestionBank;

/**
 * The peer comparison's rule: a group is shown only when it holds at least {@value #MINIMUM} other merchants, and a
 * dimension's figures only when at least {@value #MINIMUM} of them have a score there; it carries medians and means,
 * never a merchant's own score.
 */
public final class Peers {

	public static final int MINIMUM = 5;

	private Peers() {
	}

	/** @param scores one map per other merchant: dimension id → score (dimensions without a score left out) */
	public static Optional<PeerGroup> group(String basis, String label, QuestionBank bank,
			List<Map<String, Integer>> scores, int minimum) {
		if (minimum < MINIMUM) {
			throw new IllegalArgumentException("a peer group never holds fewer than " + MINIMUM + " merchants");
		}
		if (scores.size() < minimum) {
			return Optional.empty();
		}
		List<PeerGroup.Figure> figures = new ArrayList<>();
		for (Dimension dimension : bank.dimensions()) {
			List<Integer> values = scores.stream()
				.map(merchant -> merchant.get(dimension.id()))
				.filter(java.util.Objects::nonNull)
				.sorted()
				.toList();
			if (values.size() < minimum) {
				figures.add(new PeerGroup.Figure(dimension.id(), null, null));
			}
			else {
				figures.add(new PeerGroup.Figure(dimension.id(), median(values), mean(values)));
			}
		}
		return Optional.of(new PeerGroup(basis, label, scores.size(), List.copyOf(figures)));
	}

	static int median(List<Integer> sorted) {
		int size = sorted.size();
		if (size % 2 == 1) {
			return sorted.get(size / 2);
		}
		return BigDecimal.valueOf(sorted.get(size / 2 - 1) + sorted.get(size / 2))
			.divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	static int mean(List<Integer> values) {
		return BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum())
			.divide(BigDecimal.valueOf(values.size()), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

}
