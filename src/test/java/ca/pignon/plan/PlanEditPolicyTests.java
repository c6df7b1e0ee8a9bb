package ca.pignon.plan;

import java.math.BigDecimal;
import static ca.pignon.plan.ActionPlanFixture.THIS_MONTH;
import static ca.pignon.plan.ActionPlanFixture.content;
import static ca.pignon.plan.ActionPlanFixture.editing;
import static ca.pignon.plan.ActionPlanFixture.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused;

/** The advisor's edits to a version, without Spring: what each makes of the plan, and what each refuses. */
class PlanEditPolicyTests {

	static final YearMonth FEBRUARY = THIS_MONTH.plusMonths(1);

	static final YearMonth MARCH = THIS_MONTH.plusMonths(2);

	static final YearMonth APRIL = THIS_MONTH.plusMonths(3);

	PlanEditPolicy policy = editing();

	PlanEditPolicy.Revision apply(PlanContent content, PlanEdit edit) {
		return policy.apply(content, edit).orElseThrow();
	}

	static List<String> reasons(Throwable refused) {
		return ((PlanRefused) refused).problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
	}

	@Test
	void addsACatalogueActionInItsMonthSpanningTheMonthsItsHoursNeed() {
		// when the ten-hour action is added to a plan of 6.5 hours a month
		var revision = apply(content(item("claim", FEBRUARY)), new PlanEdit.AddAction("complete", MARCH));
		// then it spans two months, and the history names it
		PlanItem added = revision.content().items().get(1);
		assertThat(added.key()).isEqualTo("complete");
		assertThat(added.months()).isEqualTo(2);
		assertThat(added.endMonth()).isEqualTo(APRIL);
		assertThat(revision.changeKey()).isEqualTo("plan.change.added");
		assertThat(revision.detail()).isEqualTo("Action complete");
	}

	@Test
	void refusesAnActionNotInTheCatalogueOrAlreadyInThePlanAfterItsMonth() {
		PlanContent plan = content(item("claim", FEBRUARY));
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.AddAction("vendor-x", FEBRUARY)))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("actionId plan.edit.unknownAction"));
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.AddAction("claim", THIS_MONTH.minusMonths(1))))
			.satisfies(refused -> {
				assertThat(reasons(refused)).containsExactly("month plan.month.past", "actionId plan.edit.alreadyInPlan");
				assertThat(((PlanRefused) refused).problems().get(1).arguments()).containsExactly("Action claim");
			});
	}

	@Test
	void addsTheAdvisorsOwnActionsNumberedInTurn() {
		PlanContent plan = content(item("claim", FEBRUARY));
		var first = apply(plan, new PlanEdit.AddCustom(" Refaire l’enseigne ", "", BigDecimal.valueOf(3), 200, 800, Doer.PROVIDER, MARCH));
		var second = apply(first.content(),
				new PlanEdit.AddCustom("Grand ménage", "Trop de fichiers", BigDecimal.valueOf(14), 0, 0, Doer.MERCHANT, FEBRUARY));
		assertThat(second.content().items())
			.extracting(PlanItem::key, PlanItem::customTitle, PlanItem::month, PlanItem::months)
			.containsExactly(tuple("claim", null, FEBRUARY, 1), tuple("custom-2", "Grand ménage", FEBRUARY, 3),
					tuple("custom-1", "Refaire l’enseigne", MARCH, 1));
		assertThat(first.changeKey()).isEqualTo("plan.change.addedCustom");
		assertThat(first.detail()).isEqualTo("Refaire l’enseigne");
		assertThat(second.content().items().get(1).customWhy()).isEqualTo("Trop de fichiers");
	}

	@Test
	void theAdvisorsOwnActionGoesByHalfHours() {
		PlanContent plan = content(item("claim", FEBRUARY));
		var added = apply(plan, new PlanEdit.AddCustom("Photos", "", new BigDecimal("1.50"), 0, 0, Doer.MERCHANT, MARCH));
		assertThat(added.content().items().get(1).hours()).isEqualByComparingTo("1.5").hasToString("1.5");
		for (String refusedHours : List.of("1.25", "0.5", "200.5", "0")) {
			assertThatThrownBy(() -> policy.apply(plan,
					new PlanEdit.AddCustom("Photos", "", new BigDecimal(refusedHours), 0, 0, Doer.MERCHANT, MARCH)))
				.as(refusedHours)
				.satisfies(refused -> assertThat(reasons(refused)).containsExactly("hours plan.edit.halfHoursRange"));
		}
	}

	@Test
	void refusesTheAdvisorsOwnActionWithEveryReasonByField() {
		PlanContent plan = content(item("claim", FEBRUARY));
		assertThatThrownBy(() -> policy.apply(plan,
				new PlanEdit.AddCustom("", "x".repeat(1001), BigDecimal.ZERO, 10, 5, null, THIS_MONTH.plusYears(3).plusMonths(1))))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("title plan.edit.required",
					"why plan.edit.tooLong", "hours plan.edit.halfHoursRange", "costMax plan.edit.costRange",
					"doer plan.edit.doerRequired", "customMonth plan.month.tooFar"));
		// a cost out of range is said once, without comparing the costs
		assertThatThrownBy(() -> policy.apply(plan,
				new PlanEdit.AddCustom("Titre", "", BigDecimal.valueOf(2), 100_001, 5, Doer.MERCHANT, MARCH)))
			.satisfies(refused -> {
				assertThat(reasons(refused)).containsExactly("costMin plan.edit.numberRange");
				assertThat(((PlanRefused) refused).problems().get(0).arguments()).containsExactly(0, 100_000);
			});
	}

	@Test
	void movingAnActionPastOneOfAnotherMonthTakesThatMonth() {
		PlanContent plan = content(item("claim", FEBRUARY), item("complete", FEBRUARY), item("newsletter", MARCH));
		// down into March
		var down = apply(plan, new PlanEdit.Move("complete", false));
		assertThat(down.content().items()).extracting(PlanItem::key, PlanItem::month)
			.containsExactly(tuple("claim", FEBRUARY), tuple("newsletter", MARCH), tuple("complete", MARCH));
		assertThat(down.changeKey()).isEqualTo("plan.change.movedDown");
		// up within February keeps its month
		var up = apply(plan, new PlanEdit.Move("complete", true));
		assertThat(up.content().items()).extracting(PlanItem::key, PlanItem::month)
			.containsExactly(tuple("complete", FEBRUARY), tuple("claim", FEBRUARY), tuple("newsletter", MARCH));
		assertThat(up.changeKey()).isEqualTo("plan.change.movedUp");
		// up into February
		var back = apply(plan, new PlanEdit.Move("newsletter", true));
		assertThat(back.content().items()).extracting(PlanItem::key, PlanItem::month)
			.containsExactly(tuple("claim", FEBRUARY), tuple("newsletter", FEBRUARY), tuple("complete", FEBRUARY));
	}

	@Test
	void theFirstActionCannotGoUpNorTheLastDownNorOneNoLongerInThePlan() {
		PlanContent plan = content(item("claim", FEBRUARY), item("complete", MARCH));
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.Move("claim", true)))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("null plan.edit.cannotMove"));
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.Move("complete", false)))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("null plan.edit.cannotMove"));
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.Remove("newsletter")))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("null plan.edit.unknownItem"));
	}

	@Test
	void reschedulingChangesTheMonthAndTheNoteOrOnlyTheNoteOrNothing() {
		PlanContent plan = content(item("claim", FEBRUARY), item("newsletter", MARCH));
		var moved = apply(plan, new PlanEdit.Reschedule("claim", APRIL, " Après les fêtes.\r\n"));
		assertThat(moved.changeKey()).isEqualTo("plan.change.rescheduled");
		assertThat(moved.content().items()).extracting(PlanItem::key, PlanItem::month, PlanItem::note)
			.containsExactly(tuple("newsletter", MARCH, null), tuple("claim", APRIL, "Après les fêtes."));
		var noted = apply(plan, new PlanEdit.Reschedule("claim", FEBRUARY, "Une note"));
		assertThat(noted.changeKey()).isEqualTo("plan.change.noted");
		assertThat(policy.apply(plan, new PlanEdit.Reschedule("claim", FEBRUARY, " "))).isEmpty();
		assertThatThrownBy(() -> policy.apply(plan,
				new PlanEdit.Reschedule("claim", THIS_MONTH.minusMonths(1), "x".repeat(1001))))
			.satisfies(refused -> assertThat(reasons(refused)).containsExactly("month-claim plan.month.past",
					"note-claim plan.edit.tooLong"));
	}

	@Test
	void removesAnActionNamingItInTheHistory() {
		var removed = apply(content(item("claim", FEBRUARY), item("newsletter", MARCH)), new PlanEdit.Remove("claim"));
		assertThat(removed.content().items()).extracting(PlanItem::key).containsExactly("newsletter");
		assertThat(removed.changeKey()).isEqualTo("plan.change.removed");
		assertThat(removed.detail()).isEqualTo("Action claim");
	}

	@Test
	void theAdvisorsWordChangesOnlyWhenItDiffersAndHasItsLength() {
		PlanContent plan = content(item("claim", FEBRUARY));
		var written = apply(plan, new PlanEdit.Note(" Allons-y. "));
		assertThat(written.content().note()).isEqualTo("Allons-y.");
		assertThat(written.changeKey()).isEqualTo("plan.change.note");
		assertThat(written.detail()).isNull();
		assertThat(policy.apply(written.content(), new PlanEdit.Note("Allons-y."))).isEmpty();
		assertThatThrownBy(() -> policy.apply(plan, new PlanEdit.Note("x".repeat(4001))))
			.satisfies(refused -> {
				assertThat(reasons(refused)).containsExactly("note plan.edit.tooLong");
				assertThat(((Refused) refused).problems().get(0).arguments()).containsExactly(4000);
			});
	}

	@Test
	void afterEveryChangeTheActionsAreInMonthOrderKeepingTheirOrderWithinAMonth() {
		List<PlanItem> items = List.of(item("newsletter", MARCH), item("claim", FEBRUARY), item("complete", MARCH));
		assertThat(PlanEditPolicy.inMonthOrder(items)).extracting(PlanItem::key)
			.containsExactly("claim", "newsletter", "complete");
	}

}
