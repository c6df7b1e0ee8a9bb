package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of scores, in one place so that every computation rounds the same way: exact decimals (34
 * significant digits) inside, hundredths (half up) for what is stored and shown.
 */
public final class Scores {

	static final MathContext EXACT = MathContext.DECIMAL128;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Scores() {
	}

	public static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/** What a criterion weighs out of 100. */
	public static BigDecimal maxPoints(int weight, int totalWeight) {
		return round(BigDecimal.valueOf(100L * weight).divide(BigDecimal.valueOf(totalWeight), EXACT));
	}

	/** {@code 100 × weight × (sum / count) / max / totalWeight}, exact. */
	static BigDecimal points(int weight, long sum, int count, int max, int totalWeight) {
		return HUNDRED.multiply(BigDecimal.valueOf(weight))
			.multiply(BigDecimal.valueOf(sum))
			.divide(BigDecimal.valueOf((long) count * max * totalWeight), EXACT);
	}

	static BigDecimal mean(long sum, int count) {
		return round(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), EXACT));
	}

}
