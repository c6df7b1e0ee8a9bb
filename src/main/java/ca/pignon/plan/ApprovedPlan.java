package ca.pignon.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.shared.ApplicationId;

/**
 * The plan of record of a merchant: the latest version they approved, for carrying out the plan (tasks, reminders)
 * and judging it at the end (its objectives, against the closing diagnostic).
 */
public record ApprovedPlan(PlanId planId, ApplicationId applicationId, int version, Instant approvedAt,
		List<Action> actions, List<Objective> objectives) {

	/**
	 * @param key unique in the plan (the catalogue id, or {@code custom-N})
	 * @param actionId the catalogue action, none for the advisor's own
	 * @param dueDate the last day of the month the action ends
	 */
	public record Action(String key, @Nullable String actionId, LocalizedText title, YearMonth month, int months,
			LocalDate dueDate, int hours, Doer doer) {
	}

}
