package ca.pignon.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** A civil quarter, written {@code 2026-Q2} in addresses and forms. */
record Quarter(int year, int number) {

	private static final Pattern WRITTEN = Pattern.compile("(\\d{4})-Q([1-4])");

	Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("a quarter is 1 to 4: " + number);
		}
	}

	static Quarter of(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	/** The quarter written {@code YYYY-Qn}, or why not (the parameter {@code quarter}). */
	static Quarter read(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidReportParameter("quarter", "reporting.quarterly.quarter.missing");
		}
		var match = WRITTEN.matcher(text.strip());
		if (!match.matches()) {
			throw new InvalidReportParameter("quarter", "reporting.quarterly.quarter.invalid", text.strip());
		}
		return new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
	}

	LocalDate first() {
		return LocalDate.of(year, (number - 1) * 3 + 1, 1);
	}

	LocalDate last() {
		return first().plusMonths(3).minusDays(1);
	}

	Quarter previous() {
		return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
	}

	/** This quarter and the {@code count - 1} before it, the newest first. */
	List<Quarter> andBefore(int count) {
		List<Quarter> quarters = new ArrayList<>();
		Quarter quarter = this;
		for (int i = 0; i < count; i++) {
			quarters.add(quarter);
			quarter = quarter.previous();
		}
		return quarters;
	}

	@Override
	public String toString() {
		return year + "-Q" + number;
	}

}
