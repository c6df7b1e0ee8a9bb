package ca.pignon.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The engagement rates of {@link EngagementPolicy} for the pages, and the CSV file's columns. */
public final class EngagementRates {

	public static final List<String> CSV_COLUMNS = FiguresCsv.COLUMNS;

	private EngagementRates() {
	}

	public static Optional<BigDecimal> byReach(MonthlyFigures figures) {
		return EngagementPolicy.byReach(figures);
	}

	public static Optional<BigDecimal> byFollowers(MonthlyFigures figures) {
		return EngagementPolicy.byFollowers(figures);
	}

}
