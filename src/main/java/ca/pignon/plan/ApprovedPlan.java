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

	/** The approved version's actions, titled from the catalogue version it was drafted from. */
	static ApprovedPlan of(PlanId id, ApplicationId application, int version, Instant approvedAt, PlanContent content,
			ActionCatalogue catalogue) {
		List<Action> actions = content.items()
			.stream()
			.map(item -> new Action(item.key(), item.actionId(),
					item.actionId() == null ? new LocalizedText(item.customTitle(), item.customTitle())
							: catalogue.action(item.actionId()).orElseThrow().title(),
					item.month(), item.months(), item.endMonth().atEndOfMonth(), item.hours(), item.doer()))
			.toList();
		return new ApprovedPlan(id, application, version, approvedAt, actions, content.objectives());
	}

	/**
	 * @param key unique in the plan (the catalogue id, or {@code custom-N})
	 * @param actionId the catalogue action, none for the advisor's own
	 * @param dueDate the last day of the month the action ends
	 */
	public record Action(String key, @Nullable String actionId, LocalizedText title, YearMonth month, int months,
			LocalDate dueDate, int hours, Doer doer) {
	}

}
