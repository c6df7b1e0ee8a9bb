package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;

/** The draft form as typed: the first month ({@code yyyy-MM}) and the hours per week (a comma or a point). */
record DraftForm(String start, String hoursPerWeek) {

	/** The values the plan's {@code draft} takes. */
	record Values(YearMonth start, BigDecimal hoursPerWeek) {
	}

	/** @throws ca.pignon.plan.PlanRefused naming what cannot be read, by field */
	Values values() {
		var input = new TypedInput();
		YearMonth month = input.month("start", start);
		BigDecimal hours = input.hours("hoursPerWeek", hoursPerWeek);
		input.refuseIfAny();
		return new Values(month, hours);
	}

}
