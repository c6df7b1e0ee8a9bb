package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** A month of the plan's timeline: its actions, the hours they take that month and the month's capacity. */
public record MonthView(YearMonth month, String label, List<ActionView> actions, BigDecimal hours,
		BigDecimal capacity) {

	/** The actions that start this month (the others continue from an earlier month). */
	public List<ActionView> starting() {
		return actions.stream().filter(action -> action.month().equals(month)).toList();
	}

	public boolean overloaded() {
		return hours.compareTo(capacity) > 0;
	}

	/** Share of the capacity used, 0 to 100, for the timeline's bar. */
	public int percent() {
		if (capacity.signum() == 0) {
			return 100;
		}
		return Math.min(100, hours.multiply(BigDecimal.valueOf(100)).divide(capacity, 0, java.math.RoundingMode.HALF_UP)
			.intValue());
	}

}
