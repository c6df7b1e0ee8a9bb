package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import ca.pignon.plan.Doer;

/** An action of a plan version as pages and the PDF show it, in the reader's language. */
public record ActionView(String key, int position, boolean custom, String title, String why, List<String> steps,
		@Nullable String indicator, @Nullable String dimension, Doer doer, BigDecimal hours, int costMin, int costMax,
		YearMonth month, int months, String monthLabel, String endMonthLabel, @Nullable String note,
		List<ResourceView> resources) {

	public record ResourceView(String title, String url) {
	}

	public boolean spans() {
		return months > 1;
	}

}
