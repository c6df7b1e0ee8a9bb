package ca.pignon.reporting.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.ReportRequest;

/** Reads what the API and the page were sent into a {@link ReportRequest}, or says, in the reporting bundle, why not. */
final class ReportParameters {

	private ReportParameters() {
	}

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static ReportRequest read(@Nullable String groupBy, @Nullable String from, @Nullable String to,
			@Nullable String cohort) {
		List<Grouping> groupings = groupings(groupBy);
		LocalDate first = date("from", from);
		LocalDate last = date("to", to);
		if (first.isAfter(last)) {
			throw new InvalidReportParameter("to", "reporting.api.period.reversed", first.toString(), last.toString());
		}
		return new ReportRequest(groupings, first, last, cohort(cohort));
	}

	static List<Grouping> groupings(@Nullable String groupBy) {
		List<Grouping> groupings = new ArrayList<>();
		if (groupBy == null || groupBy.isBlank()) {
			return groupings;
		}
		for (String id : groupBy.split(",", -1)) {
			String typed = id.strip();
			Grouping grouping = Grouping.ofId(typed)
				.orElseThrow(() -> new InvalidReportParameter("groupBy", "reporting.api.groupBy.unknown", typed));
			if (groupings.contains(grouping)) {
				throw new InvalidReportParameter("groupBy", "reporting.api.groupBy.twice", typed);
			}
			groupings.add(grouping);
		}
		if (groupings.size() > 2) {
			throw new InvalidReportParameter("groupBy", "reporting.api.groupBy.tooMany", groupings.size());
		}
		return groupings;
	}

	static LocalDate date(String parameter, @Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidReportParameter(parameter, "reporting.api.date.missing", parameter);
		}
		LocalDate date;
		try {
			date = LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidReportParameter(parameter, "reporting.api.date.invalid", parameter, text.strip());
		}
		// the program's years only: a date such as +999999999-12-31 reads, then overflows the month arithmetic
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw new InvalidReportParameter(parameter, "reporting.api.date.range", parameter, text.strip(),
					FIRST_YEAR, LAST_YEAR);
		}
		return date;
	}

	static @Nullable UUID cohort(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidReportParameter("cohort", "reporting.api.cohort.invalid", text.strip());
		}
	}

}
