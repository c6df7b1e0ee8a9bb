package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * An action of a plan version: a catalogue action ({@code actionId}) or the advisor's own ({@code customTitle}).
 *
 * @param key unique in the plan: the catalogue action's id, or {@code custom-N}
 * @param month the month it starts
 * @param hours the time it takes, in half hours at the finest (versions stored before half hours hold whole
 * numbers, read the same)
 * @param months how many months it spans (an action larger than a month's capacity spans several)
 * @param note the advisor's note for the merchant
 */
public record PlanItem(String key, @Nullable String actionId, @Nullable String customTitle,
		@Nullable String customWhy, @Nullable String dimensionId, BigDecimal hours, int costMin, int costMax, Doer doer,
		YearMonth month, int months, @Nullable String note) {

	public PlanItem {
		hours = PlanRules.plainHours(hours);
	}

	public YearMonth endMonth() {
		return month.plusMonths(months - 1L);
	}

	public boolean custom() {
		return actionId == null;
	}

	PlanItem at(YearMonth newMonth) {
		return new PlanItem(key, actionId, customTitle, customWhy, dimensionId, hours, costMin, costMax, doer,
				newMonth, months, note);
	}

	PlanItem noted(@Nullable String newNote) {
		return new PlanItem(key, actionId, customTitle, customWhy, dimensionId, hours, costMin, costMax, doer, month,
				months, newNote);
	}

}
