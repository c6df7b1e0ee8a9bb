package ca.pignon.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The indicators of a period, grouped, with the totals of the period.
 *
 * @param from the first day counted (the first day of the month asked)
 * @param to the last day counted (the last day of the month asked)
 * @param cohort the intake round counted, or all rounds when none
 * @param minimumCell the fewest merchants a published cell counts
 */
public record IndicatorReport(List<Grouping> groupBy, LocalDate from, LocalDate to, @Nullable UUID cohort,
		int minimumCell, List<ReportRow> rows, Map<String, ReportCell> totals) {
}
