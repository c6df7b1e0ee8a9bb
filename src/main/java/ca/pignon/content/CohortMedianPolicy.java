package ca.pignon.content;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ca.pignon.shared.ApplicationId;

/**
 * The cohort's anonymous median of a rate on one network: only when at least {@value #K} merchants of the cohort have
 * a rate on that network (one value per merchant), so that no merchant's own figure can be told from it; the middle
 * value, or the mean of the two middle values, with two decimals.
 */
final class CohortMedianPolicy {

	static final int K = 5;

	private CohortMedianPolicy() {
	}

	static Optional<BigDecimal> median(Map<ApplicationId, BigDecimal> rateByMerchant) {
		if (rateByMerchant.size() < K) {
			return Optional.empty();
		}
		List<BigDecimal> sorted = rateByMerchant.values().stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return Optional.of(sorted.get(middle).setScale(2, RoundingMode.HALF_UP));
		}
		return Optional.of(sorted.get(middle - 1)
			.add(sorted.get(middle))
			.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP));
	}

}
