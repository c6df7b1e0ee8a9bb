package ca.pignon.plan;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;

import ca.pignon.platform.Refused;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.internal.PlanDrafter;
import ca.pignon.plan.web.PlanDocuments;
import ca.pignon.plan.web.PlanWarning;
import ca.pignon.platform.PignonUser;

/** The plan's life through its API on PostgreSQL: draft, edit (versions), send, approve (lock), change again. */
@PlanSpringTest
class PlanWorkflowTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanDocuments documents;

	@Autowired
	ApplicationEvents events;

	PlanFixture fixture;

	PignonUser advisor;

	ApplicationDetails merchant;

	YearMonth nextMonth;

	@BeforeEach
	void aMerchantWithACompletedDiagnostic() {
		fixture = new PlanFixture(context);
		fixture.reset();
		advisor = fixture.advisor();
		merchant = fixture.diagnosed(advisor, "Boulangerie Arc-en-ciel", Set.of("website"));
		nextMonth = plans.nextMonth();
	}

	PlanSummary drafted() {
		return plans.draft(merchant.id(), nextMonth, new BigDecimal("1.5"), PlanFixture.actor(advisor), FRENCH);
	}

	@Test
	void theDraftIsTheEnginesPlanForTheDiagnosticTheCatalogueAndTheInputs() {
		// when the advisor drafts the plan
		PlanSummary plan = drafted();
		// then version 1 holds exactly what the pure engine gives for the stored answers, scores and goals
		PlanVersion document = plans.version(plan.id(), 1);
		var inputs = plans.inputs(fixture.diagnosticOf(merchant), merchant, new BigDecimal("1.5"), plans.nextMonth());
		var expected = PlanDrafter.draft(plans.currentCatalogue(), inputs);
		assertThat(document.content().items()).isEqualTo(expected.items()).isNotEmpty();
		assertThat(document.content().objectives()).isEqualTo(expected.objectives()).hasSizeBetween(2, 4);
		// the merchant is weak everywhere but the website: no website action, and the goals of the application count
		assertThat(document.content().items()).extracting(PlanItem::dimensionId).doesNotContain("website");
		assertThat(inputs.goals()).isNotEmpty();
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(events.stream(PlanDrafted.class)).hasSize(1);
	}

	@Test
	void draftingTheSamePlanTwiceGivesTheSameDraft() {
		// given two merchants with the same answers, goals and hours
		ApplicationDetails twin = fixture.diagnosed(advisor, "Boulangerie Jumelle", Set.of("website"));
		// when both plans are drafted
		PlanSummary first = drafted();
		PlanSummary second = plans.draft(twin.id(), nextMonth, new BigDecimal("1.5"), PlanFixture.actor(advisor), FRENCH);
		// then their contents are equal
		assertThat(plans.version(second.id(), 1).content())
			.isEqualTo(plans.version(first.id(), 1).content());
	}

	@Test
	void badInputIsRefusedWithItsFieldAndNothingIsDrafted() {
		YearMonth lastMonth = nextMonth.minusMonths(2);
		assertThatThrownBy(() -> plans.draft(merchant.id(), lastMonth, new BigDecimal("-2"), PlanFixture.actor(advisor), FRENCH))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> assertThat(refused.problems())
				.extracting(Refused.Problem::field, Refused.Problem::messageKey)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("start", "plan.month.past"),
						org.assertj.core.groups.Tuple.tuple("hoursPerWeek", "plan.draft.hoursRange")));
		assertThat(plans.planOf(merchant.id())).isEmpty();
	}

	@Test
	void aPlanNeedsACompletedStartingDiagnostic() {
		ApplicationDetails other = fixture.diagnostics.retained(advisor, "Fromagerie sans diagnostic").get(0);
		assertThatThrownBy(() -> plans.draft(other.id(), nextMonth, new BigDecimal("2"), PlanFixture.actor(advisor), FRENCH))
			.isInstanceOfSatisfying(PlanRefused.class,
					refused -> assertThat(refused.problems().get(0).messageKey()).isEqualTo("plan.refused.noDiagnostic"));
	}

	@Test
	void everyEditIsANewVersionAndEveryVersionIsKept() {
		PlanSummary plan = drafted();
		PlanContent first = plans.version(plan.id(), 1).content();
		PlanItem firstItem = first.items().get(0);
		// when the advisor reschedules, notes, removes, adds a custom action and writes a note
		YearMonth later = nextMonth.plusMonths(2);
		plans.edit(plan.id(), 1, new PlanEdit.Reschedule(firstItem.key(), later, "On commence après les fêtes."),
				PlanFixture.actor(advisor), FRENCH);
		plans.edit(plan.id(), 2, new PlanEdit.Remove(first.items().get(1).key()), PlanFixture.actor(advisor), FRENCH);
		plans.edit(plan.id(), 3, new PlanEdit.AddCustom("Refaire l’enseigne", "On la voit mal de la rue.", BigDecimal.valueOf(3), 200,
				800, Doer.PROVIDER, nextMonth), PlanFixture.actor(advisor), FRENCH);
		PlanSummary now = plans.edit(plan.id(), 4, new PlanEdit.Note("Allons-y une étape à la fois."),
				PlanFixture.actor(advisor), FRENCH);
		// then version 5 has every change, and version 1 reads as it was
		assertThat(now.currentVersion()).isEqualTo(5);
		PlanContent last = plans.version(plan.id(), 5).content();
		PlanItem moved = last.items().stream().filter(i -> i.key().equals(firstItem.key())).findFirst().orElseThrow();
		assertThat(moved.month()).isEqualTo(later);
		assertThat(moved.note()).isEqualTo("On commence après les fêtes.");
		assertThat(last.items()).extracting(PlanItem::key).doesNotContain(first.items().get(1).key()).contains("custom-1");
		assertThat(last.note()).isEqualTo("Allons-y une étape à la fois.");
		assertThat(plans.version(plan.id(), 1).content()).isEqualTo(first);
		assertThat(plans.history(plan.id(), FRENCH)).extracting(PlanHistoryEntry::changeKey)
			.containsExactly("plan.change.note", "plan.change.addedCustom", "plan.change.removed",
					"plan.change.rescheduled", "plan.change.drafted");
		// and the months stay in order
		assertThat(last.items()).isSortedAccordingTo(java.util.Comparator.comparing(PlanItem::month));
	}

	@Test
	void anEditOnAStaleVersionIsRefusedWithWhatChangedAndSavesNothing() {
		PlanSummary plan = drafted();
		PlanContent first = plans.version(plan.id(), 1).content();
		plans.edit(plan.id(), 1, new PlanEdit.Remove(first.items().get(0).key()), PlanFixture.actor(advisor), FRENCH);
		// when someone still on version 1 edits
		assertThatThrownBy(() -> plans.edit(plan.id(), 1, new PlanEdit.Note("Trop tard"), PlanFixture.actor(advisor),
				FRENCH))
			.isInstanceOfSatisfying(PlanConflict.class, conflict -> {
				assertThat(conflict.currentVersion()).isEqualTo(2);
				assertThat(conflict.changes()).singleElement().satisfies(change -> {
					assertThat(change.changeKey()).isEqualTo("plan.change.removed");
					assertThat(change.by()).isEqualTo("Anne Tremblay");
				});
			});
		assertThat(plans.summary(plan.id()).currentVersion()).isEqualTo(2);
	}

	@Test
	void theHistoryNamesWhoMadeEachVersionByTheirAccountsNameNowOrByTheNameWrittenBeforeAccountIds() {
		PlanSummary plan = drafted();
		// a version as written before account ids: a display name only
		fixture.diagnostics.jdbc.sql("""
				INSERT INTO plan_version (plan_id, version, content, change_key, created_at, created_by)
				SELECT plan_id, 2, content, 'plan.change.note', now(), 'Conseillère partie' FROM plan_version
				WHERE plan_id = :plan AND version = 1""").param("plan", plan.id().value()).update();
		// when the advisor's account changes its name
		fixture.diagnostics.jdbc.sql("UPDATE platform_account SET display_name = 'Anne Tremblay-Roy' WHERE id = :id")
			.param("id", advisor.accountId().value())
			.update();
		// then the history shows the name of the account now, and the old name where there is no account
		assertThat(plans.history(plan.id(), FRENCH)).extracting(PlanHistoryEntry::version, PlanHistoryEntry::by)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Conseillère partie"),
					org.assertj.core.groups.Tuple.tuple(1, "Anne Tremblay-Roy"));
		assertThat(fixture.diagnostics.jdbc
			.sql("SELECT count(*) FROM plan_version WHERE version = 1 AND created_by IS NULL AND created_by_account = :id")
			.param("id", advisor.accountId().value())
			.query(Integer.class)
			.single()).as("an account id, no name written").isEqualTo(1);
	}

	@Test
	void theEditorRefusesAPastMonthNegativeHoursAndAnActionAlreadyInThePlan() {
		PlanSummary plan = drafted();
		String key = plans.version(plan.id(), 1).content().items().get(0).key();
		YearMonth past = nextMonth.minusMonths(3);
		assertThatThrownBy(() -> plans.edit(plan.id(), 1, new PlanEdit.AddCustom("", "", BigDecimal.valueOf(-4), 10, 5, null, past),
				PlanFixture.actor(advisor), FRENCH))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> assertThat(refused.problems())
				.extracting(Refused.Problem::field)
				.containsExactly("title", "hours", "costMax", "doer", "customMonth"));
		assertThatThrownBy(() -> plans.edit(plan.id(), 1, new PlanEdit.AddAction(key, nextMonth),
				PlanFixture.actor(advisor), FRENCH))
			.isInstanceOfSatisfying(PlanRefused.class,
					refused -> assertThat(refused.problems().get(0).messageKey()).isEqualTo("plan.edit.alreadyInPlan"));
		assertThat(plans.summary(plan.id()).currentVersion()).isEqualTo(1);
	}

	@Test
	void warningsShowAnOverloadedMonthAndAMissingPrerequisite() {
		PlanSummary plan = drafted();
		PlanContent content = plans.version(plan.id(), 1).content();
		assertThat(documents.document(plan.id(), 1, FRENCH).warnings()).isEmpty();
		// a prerequisite removed, and a big action added to the first month
		ActionCatalogue catalogue = plans.catalogue(content.catalogueVersion());
		PlanItem needed = content.items()
			.stream()
			.filter(item -> content.items().stream().anyMatch(other -> other.actionId() != null
					&& catalogue.action(other.actionId()).orElseThrow().requires().contains(item.actionId())))
			.findFirst()
			.orElseThrow();
		plans.edit(plan.id(), 1, new PlanEdit.Remove(needed.key()), PlanFixture.actor(advisor), FRENCH);
		plans.edit(plan.id(), 2, new PlanEdit.AddCustom("Grand ménage des fichiers", "", BigDecimal.valueOf(30), 0, 0, Doer.MERCHANT,
				nextMonth), PlanFixture.actor(advisor), FRENCH);
		// the custom action of 30 h over a 6.5 h month spans 5 months: 6 h each, with what is already planned
		List<PlanWarning> warnings = documents.document(plan.id(), 3, FRENCH).warnings();
		assertThat(warnings).extracting(PlanWarning::messageKey)
			.contains("plan.warning.missingPrerequisite", "plan.warning.overloaded");
	}

	@Test
	void theMerchantApprovesBySigningTheirNameAndTheApprovedVersionIsLocked() {
		PlanSummary plan = drafted();
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		// the merchant is told by mail where to read it
		String mail = fixture.diagnostics.jdbc
			.sql("SELECT subject || ' ' || body FROM platform_mail WHERE recipient = :to ORDER BY created_at DESC LIMIT 1")
			.param("to", merchant.email())
			.query(String.class)
			.single();
		assertThat(mail).contains("Votre plan d’action vous attend", "Bonjour Rosalie", "Anne Tremblay",
				"Où en est mon dossier ?");
		// a name that is not theirs is refused; case, accents and hyphens do not matter
		assertThatThrownBy(() -> plans.approve(plan.id(), 1, "Quelqu’un d’autre", merchant.accountId(), FRENCH))
			.isInstanceOfSatisfying(PlanRefused.class, refused -> assertThat(refused.problems().get(0).arguments())
				.containsExactly(PlanFixture.MERCHANT_NAME));
		PlanSummary approved = plans.approve(plan.id(), 1, "  ROSALIE   gîngras ", merchant.accountId(), FRENCH);
		assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(approved.approvedVersion()).isEqualTo(1);
		assertThat(events.stream(PlanApproved.class)).singleElement()
			.satisfies(event -> assertThat(event.version()).isEqualTo(1));
		PlanApproval approval = plans.history(plan.id(), FRENCH).get(0).approval();
		assertThat(approval.typedName()).isEqualTo("ROSALIE   gîngras");
		// a later change is a new version that needs approval again; version 1 stays the plan of record
		PlanSummary changed = plans.edit(plan.id(), 1, new PlanEdit.Note("Un ajout"), PlanFixture.actor(advisor),
				FRENCH);
		assertThat(changed.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(changed.currentVersion()).isEqualTo(2);
		assertThat(plans.approvedPlanOf(merchant.id()).orElseThrow().version()).isEqualTo(1);
		assertThatThrownBy(() -> plans.approve(plan.id(), 2, PlanFixture.MERCHANT_NAME, merchant.accountId(), FRENCH))
			.isInstanceOf(PlanRefused.class);
		plans.send(plan.id(), 2, PlanFixture.actor(advisor));
		plans.approve(plan.id(), 2, PlanFixture.MERCHANT_NAME, merchant.accountId(), FRENCH);
		assertThat(plans.approvedPlanOf(merchant.id()).orElseThrow().version()).isEqualTo(2);
		// and the database refuses to change a stored version
		assertThatThrownBy(() -> fixture.diagnostics.jdbc.sql("UPDATE plan_version SET change_key = 'x'").update())
			.hasMessageContaining("never changes");
	}

	@Test
	void theDraftFitsTheAdvisorHoursLeftOnTheDossierAndAnEditBeyondThemIsWarnedAbout() {
		// eight of the program's hours already spent in meetings held
		var followup = context.getBean(ca.pignon.followup.FollowupManagement.class);
		followup.logMeeting(merchant.id(), new ca.pignon.followup.MeetingDetails(
				ca.pignon.followup.MeetingStatus.HELD, java.time.LocalDate.now(ca.pignon.platform.Dates.PROGRAM_ZONE),
				null, 480, ca.pignon.followup.MeetingMode.IN_PERSON, null, "Diagnostic", "", List.of(), ""),
				PlanFixture.actor(advisor));
		BigDecimal budget = plans.advisorHoursOf(merchant.id()).orElseThrow().budget();
		BigDecimal left = plans.advisorHoursOf(merchant.id()).orElseThrow().left();
		assertThat(left).isEqualByComparingTo(budget.subtract(new BigDecimal("8")).max(BigDecimal.ZERO));
		PlanSummary plan = drafted();
		PlanContent content = plans.version(plan.id(), 1).content();
		BigDecimal withAdvisor = content.items()
			.stream()
			.filter(i -> i.doer() == Doer.ADVISOR)
			.map(PlanItem::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(withAdvisor).isLessThanOrEqualTo(left);
		assertThat(documents.document(plan.id(), 1, FRENCH).warnings()).extracting(PlanWarning::messageKey)
			.doesNotContain("plan.warning.advisorHours");
		// the advisor adds an action of their own, with them, longer than what is left
		plans.edit(plan.id(), 1, new PlanEdit.AddCustom("Atelier photo", "Pour de belles photos",
				BigDecimal.valueOf(left.intValue() + 1), 0, 0, Doer.ADVISOR, nextMonth), PlanFixture.actor(advisor), FRENCH);
		assertThat(documents.document(plan.id(), 2, FRENCH).warnings()).extracting(PlanWarning::messageKey)
			.contains("plan.warning.advisorHours");
	}

	@Test
	void theApprovedPlanListsItsActionsWithTheirDueDatesForTheFollowUp() {
		PlanSummary plan = drafted();
		assertThat(plans.approvedPlanOf(merchant.id())).isEmpty();
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		plans.approve(plan.id(), 1, PlanFixture.MERCHANT_NAME, merchant.accountId(), FRENCH);
		ApprovedPlan approved = plans.approvedPlanOf(merchant.id()).orElseThrow();
		List<PlanItem> items = plans.version(plan.id(), 1).content().items();
		assertThat(approved.actions()).hasSize(items.size());
		for (int i = 0; i < items.size(); i++) {
			assertThat(approved.actions().get(i).dueDate()).isEqualTo(items.get(i).endMonth().atEndOfMonth());
			assertThat(approved.actions().get(i).title().fr()).isNotBlank();
		}
	}

	@Test
	void theMerchantCanAskForChangesWithACommentTheAdvisorSees() {
		PlanSummary plan = drafted();
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		assertThatThrownBy(() -> plans.requestChanges(plan.id(), 1, "  ", PlanFixture.actor(advisor)))
			.isInstanceOf(PlanRefused.class);
		PlanSummary asked = plans.requestChanges(plan.id(), 1, "Pas de boutique en ligne cette année.",
				ca.pignon.shared.Actor.of(merchant.accountId()));
		assertThat(asked.status()).isEqualTo(PlanStatus.CHANGES_REQUESTED);
		assertThat(plans.changeRequests(plan.id(), FRENCH)).singleElement()
			.satisfies(request -> assertThat(request.comment()).isEqualTo("Pas de boutique en ligne cette année."));
		assertThatThrownBy(() -> plans.approve(plan.id(), 1, PlanFixture.MERCHANT_NAME, merchant.accountId(), FRENCH))
			.isInstanceOf(PlanRefused.class);
	}

}
