package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * What one version of a plan says: kept whole for every version, so that any version reads again as it was.
 *
 * @param hoursPerWeek the time the merchant can give, which sets each month's capacity
 * @param done catalogue actions the diagnostic shows as already done (they satisfy prerequisites)
 * @param deferred relevant actions that did not fit in the plan's twelve months
 */
public record PlanContent(YearMonth start, BigDecimal hoursPerWeek, int catalogueVersion, List<PlanItem> items,
		List<Objective> objectives, List<String> done, List<String> deferred, String note) {

	/** The hours one month can hold: hours per week × 52 / 12, to the tenth. */
	public BigDecimal monthlyCapacity() {
		return PlanRules.monthlyCapacity(hoursPerWeek);
	}

}
