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

	/** Hours per week × 52 weeks / 12 months (about 4.33 weeks a month), to the tenth of an hour. */
	public static BigDecimal monthlyCapacity(BigDecimal hoursPerWeek) {
		return hoursPerWeek.multiply(WEEKS_PER_MONTH_TIMES_12).divide(BigDecimal.valueOf(12), 1, RoundingMode.HALF_UP);
	}

}
