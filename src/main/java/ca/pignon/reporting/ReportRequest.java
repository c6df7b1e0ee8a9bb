package ca.pignon.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a report is asked for: zero to two groupings (distinct), a period and a cohort (or all rounds).
 */
public record ReportRequest(List<Grouping> groupBy, LocalDate from, LocalDate to, @Nullable UUID cohort) {

	public ReportRequest {
		groupBy = List.copyOf(groupBy);
		if (groupBy.size() > 2 || groupBy.stream().distinct().count() != groupBy.size()) {
			throw new IllegalArgumentException("zero to two distinct groupings: " + groupBy);
		}
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("from " + from + " after to " + to);
		}
	}

}
