package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;

/** What one merchant brings to one indicator: in which month it counts, and how much (one, for a count). */
record Contribution(YearMonth month, BigDecimal value) {
}
