package ca.pignon.selection;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.WorkBy;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merchant learns the decision by one mail, written in the decision's transaction, in plain French, with the next
 * step, and never anything about other applicants.
 */
@ExtendWith(PublishedEventsExtension.class)
class DecisionMailTests extends SelectionTest {

	@Autowired
	TransactionTemplate transaction;

	Actor manager;

	Actor anne;

	ApplicationDetails bakery;

	ApplicationDetails rival;

	RoundId round;

	@BeforeEach
	void aRoundWithTwoApplications() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		bakery = fixture.application("Boulangerie Saint-Roch")
			.committing(HoursPerWeek.ONE_TO_TWO, WorkBy.PROVIDER)
			.submit();
		rival = fixture.eligible("Pâtisserie Concurrente");
		round = fixture.open("Printemps", 1, manager, anne);
		fixture.review(round, bakery.id(), anne, manager, 2);
		fixture.review(round, rival.id(), anne, manager, 4);
	}

	@Test
	void aDecisionIsMailedOnceEvenWhenTheCallIsRepeated(AssertablePublishedEvents events) {
		// given
		long version = fixture.version(round, bakery.id());
		var decision = new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null, null,
				"selection.reason.NOT_RETAINED.lowerScore", "Le pointage ne permet pas d’offrir une place.", version,
				manager);

		// when the same decision is sent twice (a double click, a retried request)
		selection.decide(decision);
		assertThatThrownBy(() -> selection.decide(decision)).isInstanceOf(SelectionRefused.class);
		assertRefused(() -> fixture.notRetain(round, bakery.id(), manager), "selection.refused.decisionUnchanged");

		// then
		assertThat(decisionMails(bakery)).hasSize(1);
		assertThat(count("SELECT count(*) FROM selection_notification")).isEqualTo(1);
		assertThat(events).contains(SelectionDecided.class)
			.matching(SelectionDecided::applicationId, bakery.id())
			.matching(SelectionDecided::status, DecisionStatus.NOT_RETAINED);
	}

	@Test
	void aDecisionInterruptedBeforeItsCommitLeavesNoMailAndItsRetrySendsOne() {
		// given
		long version = fixture.version(round, bakery.id());
		var decision = new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null, null,
				"selection.reason.NOT_RETAINED.lowerScore", "Le pointage ne permet pas d’offrir une place.", version,
				manager);

		// when the application stops right after the decision, before its transaction commits
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			selection.decide(decision);
			throw new IllegalStateException("arrêt de l’application");
		})).hasMessage("arrêt de l’application");

		// then nothing was decided nor mailed
		assertThat(decisionMails(bakery)).isEmpty();
		assertThat(selection.ranking(round).row(bakery.id()).orElseThrow().decision()).isNull();

		// when the manager decides again
		selection.decide(decision);

		// then
		assertThat(decisionMails(bakery)).hasSize(1);
	}

	@Test
	void eachDecisionIsMailedOnce() {
		fixture.waitlist(round, bakery.id(), 1, manager);
		fixture.retain(round, bakery.id(), anne, manager);

		assertThat(decisionMails(bakery)).extracting(mail -> mail.lines().findFirst().orElseThrow())
			.containsExactly("Votre candidature est sur la liste d’attente", "Votre candidature est retenue");
	}

	@Test
	void theRetainedMerchantLearnsTheirAdvisorAndHowTheDiagnosticMeetingIsBooked() {
		fixture.retain(round, rival.id(), anne, manager);

		assertThat(decisionMails(rival)).singleElement()
			.asString()
			.startsWith("Votre candidature est retenue")
			.contains("Bonjour Rosalie")
			.contains("la candidature de Pâtisserie Concurrente est retenue dans la cohorte « Printemps »")
			.contains("Anne Conseil vous accompagnera")
			.contains("d’ici 5 jours ouvrables pour fixer avec vous la date de la rencontre de diagnostic")
			.doesNotContain("Boulangerie Saint-Roch");
	}

	@Test
	void theMerchantNotRetainedLearnsWhyInTermsOfTheCriteriaAndWhereElseToFindHelp() {
		// when
		fixture.notRetain(round, bakery.id(), manager);

		// then
		String mail = decisionMails(bakery).get(0);
		assertThat(mail).startsWith("Réponse à votre candidature")
			.contains("Pourquoi : Le pointage ne permet pas d’offrir une place.")
			.contains("Votre candidature a obtenu 51,25 points sur 100")
			.contains("– Temps consacré au projet chaque semaine : 7,5 sur 15")
			.contains("– Qui fera le travail numérique : 2,5 sur 10")
			.contains("– Adéquation du projet avec le commerce : 10 sur 20")
			.contains("– Entreprises Québec : https://www.quebec.ca/entreprises-et-travailleurs-autonomes")
			.doesNotContain("Pâtisserie Concurrente")
			.doesNotContainIgnoringCase("rang")
			.doesNotContain("places offertes");
		var status = selection.decisionFor(bakery.accountId(), FRENCH).orElseThrow();
		assertThat(status.state()).isEqualTo(MerchantState.NOT_RETAINED);
		assertThat(status.total()).isEqualByComparingTo("51.25");
		assertThat(status.criteria()).hasSize(8).allMatch(ExplainedCriterion::assessed);
		assertThat(status.otherResources()).isNotEmpty();
		assertThat(status.reasonText()).isEqualTo("Le pointage ne permet pas d’offrir une place.");
	}

	@Test
	void aCriterionNoReviewerScoredReadsNotAssessedRatherThanZero() {
		var unreviewed = fixture.eligible("Quincaillerie");
		fixture.awaitEvents();

		fixture.notRetain(round, unreviewed.id(), manager);

		assertThat(decisionMails(unreviewed).get(0)).contains("– Clarté des objectifs : non évalué (sur 15)");
		assertThat(selection.decisionFor(unreviewed.accountId(), FRENCH).orElseThrow().criteria())
			.filteredOn(criterion -> !criterion.assessed())
			.hasSize(3);
	}

	@Test
	void aMerchantInAnOpenRoundIsUnderReviewAndSeesNoScore() {
		var status = selection.decisionFor(bakery.accountId(), FRENCH).orElseThrow();

		assertThat(status.state()).isEqualTo(MerchantState.UNDER_REVIEW);
		assertThat(status.criteria()).isEmpty();
		assertThat(status.total()).isNull();
		assertThat(selection.decisionFor(manager.accountId(), FRENCH)).isEmpty();
	}

	List<String> decisionMails(ApplicationDetails application) {
		return fixture.mailsTo(application.email())
			.stream()
			.filter(mail -> mail.contains("« Printemps »"))
			.toList();
	}

}
