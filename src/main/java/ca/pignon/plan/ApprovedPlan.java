package ca.pignon.plan;

import java.math.BigDecimal;
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

	/** The approved version's actions, titled and explained from the catalogue version it was drafted from. */
	static ApprovedPlan of(PlanId id, ApplicationId application, int version, Instant approvedAt, PlanContent content,
			ActionCatalogue catalogue) {
		List<Action> actions = content.items().stream().map(item -> action(item, catalogue)).toList();
		return new ApprovedPlan(id, application, version, approvedAt, actions, content.objectives());
	}

	private static Action action(PlanItem item, ActionCatalogue catalogue) {
		if (item.actionId() == null) {
			LocalizedText title = new LocalizedText(item.customTitle(), item.customTitle());
			Guide guide = new Guide(item.customWhy() == null || item.customWhy().isBlank() ? null
					: new LocalizedText(item.customWhy(), item.customWhy()), List.of(), null, List.of(), item.note());
			return new Action(item.key(), null, title, item.month(), item.months(), item.endMonth().atEndOfMonth(),
					item.hours(), item.costMin(), item.costMax(), item.doer(), guide);
		}
		CatalogueAction catalogued = catalogue.action(item.actionId()).orElseThrow();
		Guide guide = new Guide(catalogued.why(), catalogued.steps(), catalogued.indicator(), catalogued.resources(),
				item.note());
		return new Action(item.key(), item.actionId(), catalogued.title(), item.month(), item.months(),
				item.endMonth().atEndOfMonth(), item.hours(), item.costMin(), item.costMax(), item.doer(), guide);
	}

	/**
	 * @param key unique in the plan (the catalogue id, or {@code custom-N})
	 * @param actionId the catalogue action, none for the advisor's own
	 * @param dueDate the last day of the month the action ends
	 * @param costMin the plan's lowest cost in dollars
	 * @param costMax the plan's highest cost in dollars
	 * @param guide what the merchant needs to carry it out
	 */
	public record Action(String key, @Nullable String actionId, LocalizedText title, YearMonth month, int months,
			LocalDate dueDate, BigDecimal hours, int costMin, int costMax, Doer doer, Guide guide) {
	}

	/**
	 * What to do, as the plan's document says it: why, the steps, the sign that it is done, free resources (from the
	 * catalogue version the plan was drafted from; the advisor's own action has only its why) and the advisor's note.
	 */
	public record Guide(@Nullable LocalizedText why, List<LocalizedText> steps, @Nullable LocalizedText indicator,
			List<Resource> resources, @Nullable String note) {
	}

}
