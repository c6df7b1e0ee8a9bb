package ca.pignon.reporting.web;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which quarter's report is due to the City on a day: from the first day of a quarter, the quarter just ended, and only
 * during the new quarter's first month, so that a run missed while Pignon was down is caught up the next days, while a
 * first start in the middle of a quarter mails no stale report. Whether it was mailed already, the table says.
 */
final class QuarterlyMailPolicy {

	private QuarterlyMailPolicy() {
	}

	static Optional<Quarter> due(LocalDate today) {
		Quarter current = Quarter.of(today);
		return today.isBefore(current.first().plusMonths(1)) ? Optional.of(current.previous()) : Optional.empty();
	}

}
