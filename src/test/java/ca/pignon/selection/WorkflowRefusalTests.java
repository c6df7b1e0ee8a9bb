package ca.pignon.selection;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.ReceptionMode;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores and decisions are recorded only through the workflow: an eligible application, an open round, an assigned
 * reviewer without conflict of interest, the version the staff member saw. Anything else is refused, with a message
 * that says why, and changes nothing.
 */
class WorkflowRefusalTests extends SelectionTest {

	@Autowired
	MessageSource messages;

	Actor manager;

	Actor anne;

	ApplicationDetails bakery;

	RoundId round;

	@BeforeEach
	void aRoundWithOneEligibleApplication() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		bakery = fixture.eligible("Boulangerie Saint-Roch");
		round = fixture.open("Printemps", 2, manager, anne);
	}

	@Test
	void refusesToScoreOrDecideOnAnApplicationThatIsNotEligible() {
		// given an application placed only by its postal code: to verify
		var toVerify = fixture.application("Atelier à vérifier")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		fixture.awaitEvents();

		// then
		assertRefused(() -> selection.assignReviewer(round, toVerify.id(), anne.accountId(), manager),
				"selection.refused.notEligible", refused -> assertThat(refused.arguments())
					.containsExactly("Atelier à vérifier"));
		assertRefused(() -> selection.decide(retain(toVerify, 0)), "selection.refused.notEligible");
		assertRefused(() -> selection.saveScores(round, toVerify.id(), anne, scores()),
				"selection.refused.notEligible");
		assertThat(selection.ranking(round).rows()).extracting(RankingRow::applicationId)
			.containsExactly(bakery.id());
	}

	@Test
	void refusesToDecideOnAnApplicationThatStoppedBeingEligible() {
		// given
		long version = fixture.version(round, bakery.id());
		intake.overrideEligibility(bakery.id(), Eligibility.NOT_ELIGIBLE, "Commerce fermé.",
				intake.application(bakery.id(), FRENCH).version(), manager);

		// then, even before the event reaches selection
		assertRefused(() -> selection.decide(retain(bakery, version)), "selection.refused.notEligible");
	}

	@Test
	void refusesAnythingInAClosedRound() {
		fixture.review(round, bakery.id(), anne, manager, 3);
		long version = fixture.version(round, bakery.id());
		selection.closeRound(round, manager);

		assertRefused(() -> selection.decide(retain(bakery, version)), "selection.refused.roundClosed",
				refused -> assertThat(refused.arguments()).containsExactly("Printemps"));
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, scores()), "selection.refused.roundClosed");
		assertRefused(() -> selection.submitReview(round, bakery.id(), anne), "selection.refused.roundClosed");
		assertRefused(() -> selection.offerFreedPlace(round, null, manager), "selection.refused.roundClosed");
		assertThat(selection.ranking(round).rows().get(0).decision()).isNull();
	}

	@Test
	void refusesScoresFromAReviewerWhoIsNotAssigned() {
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, scores()),
				"selection.refused.reviewerNotAssigned");
		assertRefused(() -> selection.submitReview(round, bakery.id(), anne), "selection.refused.reviewerNotAssigned");
		assertThat(selection.reviewBoard(round, bakery.id(), manager.accountId(), FRENCH).others()).isEmpty();
	}

	@Test
	void refusesScoresFromAReviewerInConflictOfInterest() {
		selection.assignReviewer(round, bakery.id(), anne.accountId(), manager);
		selection.declareConflict(round, bakery.id(), anne, null);

		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, scores()),
				"selection.refused.reviewerConflicted");
		assertRefused(() -> selection.submitReview(round, bakery.id(), anne), "selection.refused.reviewerConflicted");
	}

	@Test
	void refusesADecisionTakenOnAStaleVersionAndSaysWhatChanged() {
		// given a manager who saw version v, then a colleague who decided
		var colleague = fixture.manager("Louis Gestion");
		long seen = fixture.version(round, bakery.id());
		fixture.waitlist(round, bakery.id(), 1, colleague);

		// when / then
		assertRefused(() -> selection.decide(retain(bakery, seen)), "selection.refused.staleVersion", refused -> {
			assertThat(refused.arguments()[0]).isEqualTo("Louis Gestion");
			assertThat(messages.getMessage(refused, FRENCH)).startsWith(
					"Ce dossier a changé pendant que vous le consultiez : « Décision enregistrée », par Louis Gestion, le ");
		});
		assertThat(selection.ranking(round).rows().get(0).decision()).isEqualTo(DecisionStatus.WAITLISTED);
	}

	@Test
	void refusesADecisionWithoutAReasonFromTheTemplates() {
		long version = fixture.version(round, bakery.id());

		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null,
				null, "selection.reason.RETAINED.withinPlaces", "Texte.", version, manager)),
				"selection.decision.reason.unknown", refused -> assertThat(refused.field()).isEqualTo("reasonKey"));
		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null,
				null, "selection.reason.NOT_RETAINED.lowerScore", "  ", version, manager)),
				"selection.decision.reasonText.required");
		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.NOT_RETAINED, null,
				null, "selection.reason.NOT_RETAINED.lowerScore", "x".repeat(1001), version, manager)),
				"selection.decision.reasonText.tooLong");
		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.WITHDRAWN, null,
				null, "selection.reason.WITHDRAWN.merchant", "Texte.", version, manager)),
				"selection.decision.status.invalid");
		assertThat(fixture.version(round, bakery.id())).isEqualTo(version);
	}

	@Test
	void refusesToRetainWithoutAnAdvisorOfTheRound() {
		long version = fixture.version(round, bakery.id());
		var outsider = fixture.advisor("Hors Cohorte");

		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.RETAINED, null, null,
				"selection.reason.RETAINED.withinPlaces", "Retenue.", version, manager)),
				"selection.decision.advisor.required");
		assertRefused(() -> selection.decide(new RecordDecision(round, bakery.id(), DecisionStatus.RETAINED, null,
				outsider.accountId(), "selection.reason.RETAINED.withinPlaces", "Retenue.", version, manager)),
				"selection.decision.advisor.notInRound");
	}

	@Test
	void refusesToRetainMoreThanThePlaces() {
		// given two places taken
		var second = fixture.eligible("Épicerie");
		var third = fixture.eligible("Fleuriste");
		fixture.awaitEvents();
		fixture.retain(round, bakery.id(), anne, manager);
		fixture.retain(round, second.id(), anne, manager);

		// then
		assertRefused(() -> fixture.retain(round, third.id(), anne, manager), "selection.refused.noPlaceLeft",
				refused -> assertThat(refused.arguments()).containsExactly("Printemps", 2));
	}

	@Test
	void refusesTheDecisionAlreadyRecorded() {
		fixture.notRetain(round, bakery.id(), manager);

		assertRefused(() -> fixture.notRetain(round, bakery.id(), manager), "selection.refused.decisionUnchanged");
	}

	@Test
	void refusesAWaitlistPositionAlreadyTaken() {
		var second = fixture.eligible("Épicerie");
		fixture.awaitEvents();
		fixture.waitlist(round, bakery.id(), 1, manager);

		assertRefused(() -> fixture.waitlist(round, second.id(), 1, manager), "selection.decision.position.taken");
		assertRefused(() -> fixture.waitlist(round, second.id(), 0, manager), "selection.decision.position.invalid");
		fixture.waitlist(round, second.id(), null, manager);
		assertThat(selection.ranking(round).row(second.id()).orElseThrow().waitlistPosition()).isEqualTo(2);
	}

	static List<ScoreInput> scores() {
		return List.of(new ScoreInput("GOALS_CLARITY", 3, "Clairs."), new ScoreInput("TRAINING_OPENNESS", 3, "Ouvert."),
				new ScoreInput("PROJECT_FIT", 3, "Adéquat."));
	}

	RecordDecision retain(ApplicationDetails application, long version) {
		return new RecordDecision(round, application.id(), DecisionStatus.RETAINED, null, anne.accountId(),
				"selection.reason.RETAINED.withinPlaces", "Votre dossier est retenu.", version, manager);
	}

}
