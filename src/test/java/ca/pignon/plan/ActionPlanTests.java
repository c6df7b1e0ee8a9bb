package ca.pignon.plan;

import static ca.pignon.plan.ActionPlanFixture.ADVISOR;
import static ca.pignon.plan.ActionPlanFixture.CATALOGUE;
import static ca.pignon.plan.ActionPlanFixture.MERCHANT;
import static ca.pignon.plan.ActionPlanFixture.NOW;
import static ca.pignon.plan.ActionPlanFixture.THIS_MONTH;
import static ca.pignon.plan.ActionPlanFixture.VALUES;
import static ca.pignon.plan.ActionPlanFixture.drafted;
import static ca.pignon.plan.ActionPlanFixture.editing;
import static ca.pignon.plan.ActionPlanFixture.inputs;
import static ca.pignon.plan.ActionPlanFixture.origin;
import static ca.pignon.plan.ActionPlanFixture.sent;
import static ca.pignon.plan.ActionPlanFixture.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.plan.internal.PlanDrafter;
import ca.pignon.platform.Refused;

/** The plan's guarded changes and the events they return, without Spring or a database. */
class ActionPlanTests {

	static final ApprovalNamePolicy ROSALIE = new ApprovalNamePolicy("Rosalie", "Gingras");

	@Test
	void aDraftIsVersionOneOfTheEnginesPlanAndSaysItWasDrafted() {
		// given
		var inputs = inputs(THIS_MONTH.plusMonths(1), new BigDecimal("1.5"));
		PlanId id = new PlanId(UUID.randomUUID());
		// when
		ActionPlan.Drafted drafted = ActionPlan.draft(id, origin(), CATALOGUE, inputs, VALUES, ADVISOR, NOW);
		// then
		ActionPlan plan = drafted.plan();
		assertThat(plan.content().items()).isEqualTo(PlanDrafter.draft(CATALOGUE, inputs).items())
			.extracting(PlanItem::key)
			.containsExactly("claim", "complete");
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.currentVersion()).isEqualTo(1);
		assertThat(plan.newVersions()).singleElement().satisfies(version -> {
			assertThat(version.changeKey()).isEqualTo("plan.change.drafted");
			assertThat(version.by()).isEqualTo(ADVISOR);
		});
		assertThat(drafted.event()).isEqualTo(new PlanDrafted(id, plan.origin().application(), 3, NOW));
	}

	@Test
	void aDraftStartingInThePastOrWithoutHoursIsRefusedWithBothReasons() {
		assertThatThrownBy(() -> ActionPlan.draft(new PlanId(UUID.randomUUID()), origin(), CATALOGUE,
				inputs(THIS_MONTH.minusMonths(1), BigDecimal.ZERO), VALUES, ADVISOR, NOW))
			.isInstanceOfSatisfying(PlanRefused.class,
					refused -> assertThat(refused.problems()).extracting(Refused.Problem::field, Refused.Problem::messageKey)
						.containsExactly(tuple("start", "plan.month.past"), tuple("hoursPerWeek", "plan.draft.hoursRange")));
	}

	@Test
	void anEditIsANewVersionAndTakesAnApprovedPlanBackToADraftItsApprovedVersionStillOfRecord() {
		// given a plan the merchant approved
		ActionPlan plan = stored(drafted(), PlanStatus.APPROVED, 1, 1);
		// when the advisor writes a note
		boolean edited = plan.edit(1, new PlanEdit.Note("Une étape à la fois."), editing(), ADVISOR, NOW);
		// then
		assertThat(edited).isTrue();
		assertThat(plan.currentVersion()).isEqualTo(2);
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.approvedVersion()).isEqualTo(1);
		assertThat(plan.sentVersion()).isEqualTo(1);
		assertThat(plan.newVersions()).extracting(ActionPlan.Version::number, ActionPlan.Version::changeKey)
			.containsExactly(tuple(2, "plan.change.note"));
		assertThat(plan.content().note()).isEqualTo("Une étape à la fois.");
	}

	@Test
	void anEditOnAStaleVersionIsAConflictAndChangesNothing() {
		ActionPlan plan = drafted();
		plan.edit(1, new PlanEdit.Note("Première"), editing(), ADVISOR, NOW);
		assertThatThrownBy(() -> plan.edit(1, new PlanEdit.Note("Seconde"), editing(), ADVISOR, NOW))
			.isInstanceOfSatisfying(PlanConflict.class, conflict -> assertThat(conflict.currentVersion()).isEqualTo(2));
		assertThat(plan.currentVersion()).isEqualTo(2);
		assertThat(plan.content().note()).isEqualTo("Première");
	}

	@Test
	void anEditBreakingARuleIsRefusedAndChangesNothing() {
		ActionPlan plan = drafted();
		assertThatThrownBy(
				() -> plan.edit(1, new PlanEdit.AddAction("claim", THIS_MONTH.plusMonths(2)), editing(), ADVISOR, NOW))
			.isInstanceOf(PlanRefused.class);
		assertThat(plan.currentVersion()).isEqualTo(1);
		assertThat(plan.newVersions()).isEmpty();
	}

	@Test
	void anEditThatChangesNothingMakesNoVersion() {
		ActionPlan plan = drafted();
		assertThat(plan.edit(1, new PlanEdit.Note("  "), editing(), ADVISOR, NOW)).isFalse();
		assertThat(plan.currentVersion()).isEqualTo(1);
		assertThat(plan.newVersions()).isEmpty();
	}

	@Test
	void sendingMakesTheCurrentVersionTheOneTheMerchantReads() {
		ActionPlan plan = drafted();
		PlanSent sent = plan.send(1, NOW);
		assertThat(sent).isEqualTo(new PlanSent(plan.id(), plan.origin().application(), 1, NOW));
		assertThat(plan.status()).isEqualTo(PlanStatus.SENT);
		assertThat(plan.sentVersion()).isEqualTo(1);
	}

	@Test
	void aVersionAlreadySentIsNotSentAgainAndAStaleOneIsAConflict() {
		ActionPlan plan = sent();
		assertThatThrownBy(() -> plan.send(1, NOW)).isInstanceOfSatisfying(PlanRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("plan.refused.alreadySent"));
		assertThatThrownBy(() -> plan.send(2, NOW)).isInstanceOf(PlanConflict.class);
	}

	@Test
	void theMerchantApprovesTheVersionSentByTypingTheirName() {
		ActionPlan plan = sent();
		PlanApproved approved = plan.approve(1, "  rosalie GINGRAS ", ROSALIE, MERCHANT, NOW);
		assertThat(approved).isEqualTo(new PlanApproved(plan.id(), plan.origin().application(), 1, NOW));
		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.approvedVersion()).isEqualTo(1);
		assertThat(plan.newApprovals()).singleElement()
			.isEqualTo(new ActionPlan.Approval(1, "rosalie GINGRAS", MERCHANT, NOW));
	}

	@Test
	void anApprovalIsRefusedWhenNothingAwaitsItOrTheVersionChanged() {
		assertThatThrownBy(() -> drafted().approve(1, "Rosalie Gingras", ROSALIE, MERCHANT, NOW))
			.isInstanceOfSatisfying(PlanRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("plan.refused.notAwaiting"));
		assertThatThrownBy(() -> sent().approve(2, "Rosalie Gingras", ROSALIE, MERCHANT, NOW))
			.isInstanceOfSatisfying(PlanRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("plan.refused.versionChanged"));
	}

	@Test
	void anApprovalIsRefusedWithoutANameOrWithSomeoneElses() {
		ActionPlan plan = sent();
		assertThatThrownBy(() -> plan.approve(1, " ", ROSALIE, MERCHANT, NOW))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> assertThat(refused.problems())
				.extracting(Refused.Problem::field, Refused.Problem::messageKey)
				.containsExactly(tuple("name", "plan.approve.nameRequired")));
		assertThatThrownBy(() -> plan.approve(1, "Rosa G.", ROSALIE, MERCHANT, NOW))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("plan.approve.nameMismatch");
				assertThat(refused.problems().get(0).arguments()).containsExactly("Rosalie Gingras");
			});
		assertThat(plan.status()).isEqualTo(PlanStatus.SENT);
		assertThat(plan.newApprovals()).isEmpty();
	}

	@Test
	void theMerchantAsksForChangesWithACommentOnTheVersionSent() {
		ActionPlan plan = sent();
		Refused.Problem blank = Refused.Problem.about("comment", "plan.edit.required");
		assertThatThrownBy(() -> plan.requestChanges(1, " \r\n ", ADVISOR, NOW))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> assertThat(refused.problems()).containsExactly(blank));
		PlanChangesRequested requested = plan.requestChanges(1, " Pas cette année. ", ADVISOR, NOW);
		assertThat(requested).isEqualTo(new PlanChangesRequested(plan.id(), plan.origin().application(), 1, NOW));
		assertThat(plan.status()).isEqualTo(PlanStatus.CHANGES_REQUESTED);
		assertThat(plan.newRequests()).extracting(ActionPlan.ChangesAsked::comment).containsExactly("Pas cette année.");
		assertThatThrownBy(() -> plan.approve(1, "Rosalie Gingras", ROSALIE, MERCHANT, NOW))
			.isInstanceOf(PlanRefused.class);
	}

}
