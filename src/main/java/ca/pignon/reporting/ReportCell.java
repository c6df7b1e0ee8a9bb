package ca.pignon.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** One published value; none when suppressed. */
public record ReportCell(@Nullable BigDecimal value, boolean suppressed) {

	public static ReportCell shown(BigDecimal value) {
		return new ReportCell(value, false);
	}

	public static ReportCell hidden() {
		return new ReportCell(null, true);
	}

}
