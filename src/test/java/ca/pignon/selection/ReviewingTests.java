package ca.pignon.selection;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reviewers score independently, each score justified; disagreement flags the application for discussion; a conflict
 * of interest takes a reviewer out of an application.
 */
class ReviewingTests extends SelectionTest {

	Actor manager;

	Actor anne;

	Actor marc;

	ApplicationDetails bakery;

	RoundId round;

	@BeforeEach
	void aRoundWithOneApplicationAndTwoReviewers() {
		manager = fixture.manager("Gaby Gestion");
		anne = fixture.advisor("Anne Conseil");
		marc = fixture.advisor("Marc Conseil");
		bakery = fixture.eligible("Boulangerie Saint-Roch");
		round = fixture.open("Printemps", 1, manager, anne, marc);
		selection.assignReviewer(round, bakery.id(), anne.accountId(), manager);
		selection.assignReviewer(round, bakery.id(), marc.accountId(), manager);
	}

	@Test
	void aSubmittedReviewCountsInTheScoreWithItsGridVersion() {
		// when
		selection.saveScores(round, bakery.id(), anne, scores(3, 4, 2));

		// then a draft does not count
		assertThat(selection.scoreOf(round, bakery.id(), FRENCH).complete()).isFalse();
		assertThat(selection.ranking(round).rows().get(0).reviewsSubmitted()).isZero();

		// when
		selection.submitReview(round, bakery.id(), anne);

		// then
		var score = selection.scoreOf(round, bakery.id(), FRENCH);
		assertThat(score.complete()).isTrue();
		assertThat(score.gridVersion()).isEqualTo(selection.round(round).gridVersion());
		assertThat(score.criteria()).filteredOn(criterion -> criterion.code().equals("GOALS_CLARITY"))
			.singleElement()
			.satisfies(criterion -> {
				assertThat(criterion.value()).isEqualByComparingTo("3");
				assertThat(criterion.reviewers()).isEqualTo(1);
			});
		var row = selection.ranking(round).rows().get(0);
		assertThat(row.reviewers()).isEqualTo(2);
		assertThat(row.reviewsSubmitted()).isEqualTo(1);
		assertThat(row.total()).isEqualByComparingTo(score.total());
		assertThat(selection.reviewBoard(round, bakery.id(), anne.accountId(), FRENCH).own().scores())
			.allSatisfy(given -> assertThat(given.gridVersion()).isEqualTo(score.gridVersion()));
	}

	@Test
	void theMeanOfTheReviewersCounts() {
		// when
		fixture.review(round, bakery.id(), anne, manager, 2);
		fixture.review(round, bakery.id(), marc, manager, 4);

		// then
		assertThat(selection.scoreOf(round, bakery.id(), FRENCH).criteria())
			.filteredOn(criterion -> criterion.kind() == CriterionKind.REVIEWER)
			.allSatisfy(criterion -> assertThat(criterion.value()).isEqualByComparingTo("3"));
	}

	@Test
	void aReviewerSeesOnlyTheirOwnScoresUntilTheySubmitTheirs() {
		// given Marc submitted, Anne has a draft
		fixture.review(round, bakery.id(), marc, manager, 4);
		selection.saveScores(round, bakery.id(), anne, scores(1, 1, 1));

		// when
		var annesView = selection.reviewBoard(round, bakery.id(), anne.accountId(), FRENCH);

		// then
		assertThat(annesView.own().scores()).extracting(ReviewerScore::value).containsOnly(1);
		assertThat(annesView.othersVisible()).isFalse();
		assertThat(annesView.others()).isEmpty();
		assertThat(annesView.otherReviewers()).isEqualTo(1);
		assertThat(annesView.disagreements()).isEmpty();

		// and the ranking page hides the breakdown from her too
		var page = selection.rankingPage(round, 0, 10, anne.accountId(), FRENCH);
		assertThat(page.rows().get(0).hiddenForViewer()).isTrue();
		assertThat(page.rows().get(0).breakdown()).isNull();
		assertThat(selection.rankingSummaryPage(round, 0, 10, anne.accountId()).rows().get(0).hiddenForViewer())
			.isTrue();

		// when she submits
		selection.submitReview(round, bakery.id(), anne);

		// then
		var afterwards = selection.reviewBoard(round, bakery.id(), anne.accountId(), FRENCH);
		assertThat(afterwards.othersVisible()).isTrue();
		assertThat(afterwards.others()).singleElement().satisfies(review -> {
			assertThat(review.reviewer().name()).isEqualTo("Marc Conseil");
			assertThat(review.scores()).extracting(ReviewerScore::justification).contains("Objectifs.");
		});
		assertThat(selection.rankingPage(round, 0, 10, anne.accountId(), FRENCH).rows().get(0).breakdown())
			.isNotNull();
		assertThat(selection.rankingSummaryPage(round, 0, 10, anne.accountId()).rows().get(0).hiddenForViewer())
			.isFalse();
	}

	@Test
	void someoneWhoIsNotAReviewerOfTheApplicationSeesEveryReview() {
		fixture.review(round, bakery.id(), marc, manager, 4);

		var managersView = selection.reviewBoard(round, bakery.id(), manager.accountId(), FRENCH);

		assertThat(managersView.own()).isNull();
		assertThat(managersView.others()).hasSize(2);
	}

	@Test
	void reviewersWhoDisagreeByMoreThanTheGapFlagTheApplicationForDiscussion() {
		// when Anne gives 1 and Marc 4 on every criterion: 3 points apart, the gap is 2
		fixture.review(round, bakery.id(), anne, manager, 1);
		fixture.review(round, bakery.id(), marc, manager, 4);

		// then
		assertThat(selection.ranking(round).rows().get(0).flagged()).isTrue();
		assertThat(selection.reviewBoard(round, bakery.id(), manager.accountId(), FRENCH).disagreements())
			.containsExactlyInAnyOrder("GOALS_CLARITY", "TRAINING_OPENNESS", "PROJECT_FIT");
		assertThat(selection.timelineOf(bakery.id())).extracting(TimelineEntry::action)
			.contains("FLAGGED_FOR_DISCUSSION");

		// when, after discussion, Anne revises her scores to 2
		selection.saveScores(round, bakery.id(), anne, scores(2, 2, 2));

		// then the gap is 2, not more: no longer flagged
		assertThat(selection.ranking(round).rows().get(0).flagged()).isFalse();
		assertThat(selection.timelineOf(bakery.id())).extracting(TimelineEntry::action)
			.contains("SCORE_REVISED", "DISAGREEMENT_RESOLVED");
	}

	@Test
	void aReviewerWhoDeclaresAConflictOfInterestIsExcluded() {
		// given both submitted, Anne very low
		fixture.review(round, bakery.id(), anne, manager, 0);
		fixture.review(round, bakery.id(), marc, manager, 4);
		assertThat(selection.ranking(round).rows().get(0).flagged()).isTrue();

		// when Anne declares a conflict of interest
		selection.declareConflict(round, bakery.id(), anne, "Ma belle-sœur tient ce commerce.");

		// then her scores are ignored: Marc's alone count
		var score = selection.scoreOf(round, bakery.id(), FRENCH);
		assertThat(score.criteria()).filteredOn(criterion -> criterion.kind() == CriterionKind.REVIEWER)
			.allSatisfy(criterion -> {
				assertThat(criterion.value()).isEqualByComparingTo("4");
				assertThat(criterion.reviewers()).isEqualTo(1);
			});
		assertThat(score.flagged()).isFalse();
		assertThat(selection.ranking(round).rows().get(0).reviewers()).isEqualTo(1);
		// she can no longer score, nor see the others, nor be assigned again
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, scores(4, 4, 4)),
				"selection.refused.reviewerConflicted");
		var annesView = selection.reviewBoard(round, bakery.id(), anne.accountId(), FRENCH);
		assertThat(annesView.own().conflicted()).isTrue();
		assertThat(annesView.own().conflictNote()).isEqualTo("Ma belle-sœur tient ce commerce.");
		assertThat(annesView.othersVisible()).isFalse();
		assertRefused(() -> selection.assignReviewer(round, bakery.id(), anne.accountId(), manager),
				"selection.refused.reviewerConflicted", refused -> assertThat(refused.arguments())
					.containsExactly("Anne Conseil"));
		assertThat(selection.timelineOf(bakery.id())).filteredOn(entry -> entry.action().equals("CONFLICT_DECLARED"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actorName()).isEqualTo("Anne Conseil");
				assertThat(entry.reason()).isEqualTo("Ma belle-sœur tient ce commerce.");
			});
	}

	@Test
	void aConflictCanBeDeclaredWithoutBeingAssignedAndKeepsTheReviewerAway() {
		var louise = fixture.advisor("Louise Conseil");

		selection.declareConflict(round, bakery.id(), louise, null);

		assertRefused(() -> selection.assignReviewer(round, bakery.id(), louise.accountId(), manager),
				"selection.refused.reviewerConflicted");
		assertThat(selection.suggestAdvisors(round, bakery.id())).extracting(s -> s.advisor().name())
			.doesNotContain("Louise Conseil");
	}

	@Test
	void aReviewerCannotSubmitBeforeScoringEveryCriterion() {
		selection.saveScores(round, bakery.id(), anne, List.of(new ScoreInput("PROJECT_FIT", 3, "Bon projet.")));

		assertRefused(() -> selection.submitReview(round, bakery.id(), anne), "selection.refused.reviewIncomplete",
				refused -> assertThat(refused.arguments()).containsExactly("GOALS_CLARITY, TRAINING_OPENNESS"));
	}

	@Test
	void everyScoreNeedsAShortJustificationAndAValueOnTheScale() {
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne,
				List.of(new ScoreInput("PROJECT_FIT", 3, "   "))), "selection.score.justification.required",
				refused -> assertThat(refused.field()).isEqualTo("PROJECT_FIT"));
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne,
				List.of(new ScoreInput("PROJECT_FIT", 3, "x".repeat(501)))), "selection.score.justification.tooLong");
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne,
				List.of(new ScoreInput("PROJECT_FIT", 5, "Excellent."))), "selection.score.value.outOfRange");
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne,
				List.of(new ScoreInput("PROJECT_FIT", -1, "Nul."))), "selection.score.value.outOfRange");
		// automatic criteria are computed, never scored
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne,
				List.of(new ScoreInput("HOURS_PER_WEEK", 4, "Beaucoup de temps."))),
				"selection.score.criterion.unknown");
		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, List.of()), "selection.score.required");
		assertThat(selection.reviewBoard(round, bakery.id(), anne.accountId(), FRENCH).own().scores()).isEmpty();
	}

	@Test
	void aReviewerIsAnAdvisorOrAManager() {
		var city = fixture.staff("Ville", ca.pignon.platform.Role.CITY);

		assertRefused(() -> selection.assignReviewer(round, bakery.id(), city.accountId(), manager),
				"selection.refused.reviewerInvalid");
		assertRefused(() -> selection.assignReviewer(round, bakery.id(), bakery.accountId(), manager),
				"selection.refused.reviewerInvalid");
	}

	@Test
	void aReviewerWhoHasNotSubmittedCanBeTakenOff() {
		selection.saveScores(round, bakery.id(), anne, scores(1, 1, 1));

		selection.unassignReviewer(round, bakery.id(), anne.accountId(), manager);

		assertRefused(() -> selection.saveScores(round, bakery.id(), anne, scores(1, 1, 1)),
				"selection.refused.reviewerNotAssigned");
		fixture.review(round, bakery.id(), marc, manager, 3);
		assertRefused(() -> selection.unassignReviewer(round, bakery.id(), marc.accountId(), manager),
				"selection.refused.reviewAlreadySubmitted");
	}

	@Test
	void aReviewerSeesTheirListOfApplications() {
		var other = fixture.eligible("Épicerie fine");
		fixture.awaitEvents();
		selection.assignReviewer(round, other.id(), anne.accountId(), manager);
		fixture.review(round, bakery.id(), anne, manager, 3);

		var list = selection.assignmentsOf(anne.accountId(), round);

		assertThat(list).extracting(ReviewAssignment::businessName, ReviewAssignment::submitted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Épicerie fine", false),
					org.assertj.core.groups.Tuple.tuple("Boulangerie Saint-Roch", true));
	}

	static List<ScoreInput> scores(int goals, int training, int fit) {
		return List.of(new ScoreInput("GOALS_CLARITY", goals, "Objectifs clairs."),
				new ScoreInput("TRAINING_OPENNESS", training, "Disponible pour les rencontres."),
				new ScoreInput("PROJECT_FIT", fit, "Le projet sert la clientèle."));
	}

}
