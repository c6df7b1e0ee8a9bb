package ca.pignon.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The plan's arithmetic, shared by the draft, the warnings and the pages so that they always agree. */
public final class PlanRules {

	/** The plan covers a year: relevant actions that would start later are listed as deferred. */
	public static final int HORIZON_MONTHS = 12;

	private static final BigDecimal WEEKS_PER_MONTH_TIMES_12 = BigDecimal.valueOf(52);

	private PlanRules() {
	}

	/** Half an hour: the finest an action's time is written to. */
	public static final BigDecimal HALF_HOUR = new BigDecimal("0.5");

	/**
	 * An action's hours as stored and shown: no trailing zeros ({@code 2}, not {@code 2.0}; {@code 1.5}), never in
	 * exponent form, so that equal times are equal and read the same in every version.
	 */
	public static BigDecimal plainHours(BigDecimal hours) {
		BigDecimal stripped = hours.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** Whether the hours are a whole number of half hours. */
	public static boolean inHalfHours(BigDecimal hours) {
		return hours.remainder(HALF_HOUR).signum() == 0;
	}

	/** Hours per week × 52 weeks / 12 months (about 4.33 weeks a month), to the tenth of an hour. */
	public static BigDecimal monthlyCapacity(BigDecimal hoursPerWeek) {
		return hoursPerWeek.multiply(WEEKS_PER_MONTH_TIMES_12).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
	}

}
