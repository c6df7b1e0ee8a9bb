package ca.pignon.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.LocalizedText;
import ca.pignon.plan.internal.DraftInputs;
import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * Plans for the rule tests, without Spring or a database: a small catalogue (a profile to claim, then to complete, and
 * a newsletter), this month January 2027, one hour and a half a week (6.5 hours a month).
 */
final class ActionPlanFixture {

	static final YearMonth THIS_MONTH = YearMonth.of(2027, 1);

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final Instant NOW = Instant.parse("2027-01-15T15:00:00Z");

	static final Actor ADVISOR = Actor.of(new AccountId(UUID.randomUUID()));

	static final AccountId MERCHANT = new AccountId(UUID.randomUUID());

	static final PlanInputPolicy VALUES = new PlanInputPolicy(THIS_MONTH);

	static final ActionCatalogue CATALOGUE = new ActionCatalogue(3,
			List.of(action("claim", 2, List.of(), Trigger.score("visibility", 50)),
					action("complete", 10, List.of("claim"), Trigger.score("visibility", 50)),
					action("newsletter", 3, List.of(), Trigger.score("loyalty", 50))));

	private ActionPlanFixture() {
	}

	static CatalogueAction action(String id, int hours, List<String> requires, Trigger trigger) {
		return new CatalogueAction(id, "visibility", text("Action " + id), text("Pourquoi " + id),
				List.of(text("Étape")), hours, 0, 50, 2, Doer.MERCHANT, requires, text("Fait : " + id), List.of(),
				List.of(trigger), null);
	}

	static LocalizedText text(String fr) {
		return new LocalizedText(fr, fr + " (en)");
	}

	/** What the diagnostic says: weak in visibility, strong in loyalty. */
	static DraftInputs inputs(YearMonth start, BigDecimal hoursPerWeek) {
		return new DraftInputs(Map.of(), Map.of("visibility", 20, "loyalty", 90), Set.of(), hoursPerWeek, start);
	}

	static ActionPlan.Origin origin() {
		return new ActionPlan.Origin(new ApplicationId(UUID.randomUUID()), MERCHANT, new DiagnosticId(UUID.randomUUID()));
	}

	/** A plan drafted for next month, at version 1, as stored. */
	static ActionPlan drafted() {
		ActionPlan draft = ActionPlan
			.draft(new PlanId(UUID.randomUUID()), origin(), CATALOGUE, inputs(THIS_MONTH.plusMonths(1),
					new BigDecimal("1.5")), VALUES, ADVISOR, NOW)
			.plan();
		return stored(draft, draft.status(), draft.sentVersion(), draft.approvedVersion());
	}

	/** The same plan as stored and loaded again, standing as said. */
	static ActionPlan stored(ActionPlan plan, PlanStatus status, Integer sentVersion, Integer approvedVersion) {
		return ActionPlan.stored(plan.id(), plan.origin(), status, plan.currentVersion(), sentVersion, approvedVersion,
				plan.content());
	}

	/** A plan at version 1 sent to the merchant. */
	static ActionPlan sent() {
		ActionPlan plan = drafted();
		return stored(plan, PlanStatus.SENT, 1, null);
	}

	/** The version 1 content of a plan holding these items, in this order. */
	static PlanContent content(PlanItem... items) {
		return new PlanContent(THIS_MONTH.plusMonths(1), new BigDecimal("1.5"), CATALOGUE.version(),
				List.of(items), List.of(), List.of(), List.of(), "");
	}

	static PlanItem item(String actionId, YearMonth month) {
		CatalogueAction action = CATALOGUE.action(actionId).orElseThrow();
		return new PlanItem(actionId, actionId, null, null, action.dimensionId(), BigDecimal.valueOf(action.hours()), action.costMin(),
				action.costMax(), action.doer(), month, 1, null);
	}

	static PlanEditPolicy editing() {
		return new PlanEditPolicy(CATALOGUE, VALUES, FRENCH);
	}

}
