package ca.pignon.providers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A provider's ratings in short, for the staff who renew the vetting: how many, how often on time, on budget and
 * recommended (percent), and the mean quality out of 5.
 */
public record RatingSummary(int count, int onTimePercent, int onBudgetPercent, int recommendPercent,
		BigDecimal meanQuality) {

	static RatingSummary of(List<Rating> ratings) {
		int count = ratings.size();
		if (count == 0) {
			return new RatingSummary(0, 0, 0, 0, BigDecimal.ZERO);
		}
		long onTime = ratings.stream().filter(Rating::onTime).count();
		long onBudget = ratings.stream().filter(Rating::onBudget).count();
		long recommend = ratings.stream().filter(Rating::recommend).count();
		int quality = ratings.stream().mapToInt(Rating::quality).sum();
		return new RatingSummary(count, percent(onTime, count), percent(onBudget, count), percent(recommend, count),
				BigDecimal.valueOf(quality).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP));
	}

	private static int percent(long part, int whole) {
		return (int) Math.round(100.0 * part / whole);
	}

}
