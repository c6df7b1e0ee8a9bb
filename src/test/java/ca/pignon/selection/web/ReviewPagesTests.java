package ca.pignon.selection.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.Role;
import ca.pignon.selection.ReviewBoard;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A reviewer's pages: the applications assigned to them, the scoring form (a score and a justification per reviewer
 * criterion, saved then submitted), independence from the other reviewers, the conflict of interest; only what they
 * are assigned to.
 */
class ReviewPagesTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	ApplicationDetails beta;

	RoundId round;

	@BeforeEach
	void anneReviewsAlpha() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
		beta = eligible("Épicerie Bêta");
		round = open("Printemps", 1, manager, anne, benoit);
		selection.assignReviewer(round, alpha.id(), anne.id(), manager.actor());
	}

	@Test
	void listsTheApplicationsAssignedToMeInTheOpenRound() throws Exception {
		var page = Page.of(perform(getAs(anne, "/selection/reviews")).andExpect(status().isOk()).andReturn());
		assertThat(page.text("table")).contains("Boulangerie Alpha", french("selection.reviews.scored", 0, 3))
			.doesNotContain("Épicerie Bêta");
		assertThat(page.document().select("table a").attr("href")).isEqualTo(reviewPath(round, alpha.id()));
	}

	@Test
	void saysSoWhenNoRoundIsOpen() throws Exception {
		selection.closeRound(round, manager.actor());
		var page = Page.of(perform(getAs(anne, "/selection/reviews")).andExpect(status().isOk()).andReturn());
		assertThat(page.text()).contains(french("selection.reviews.noRound"));
	}

	@Test
	void showsTheCriteriaToScoreAndTheApplication() throws Exception {
		var page = Page.of(perform(getAs(anne, reviewPath(round, alpha.id()))).andExpect(status().isOk())
			.andExpect(view().name("selection/review"))
			.andReturn());
		assertThat(page.document().select("fieldset.criterion > legend").eachText()).containsExactly(
				"Clarté des objectifs (15 points sur 100)", "Ouverture à la formation et aux rencontres (10 points sur 100)",
				"Adéquation du projet avec le commerce (20 points sur 100)");
		assertThat(page.document().select("input[name='scores[0].value']").eachAttr("value")).containsExactly("0", "1",
				"2", "3", "4");
		assertThat(page.text()).contains("Boulangerie Alpha", french("selection.review.application"));
	}

	@Test
	void answersNotFoundForAnApplicationNotAssignedToMe() throws Exception {
		perform(getAs(anne, reviewPath(round, beta.id()))).andExpect(status().isNotFound());
		perform(scores(anne, beta).param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", "4")
			.param("scores[0].justification", "Excellent."))
			.andExpect(status().isNotFound());
		perform(getAs(anne, "/selection/reviews/" + round + "/" + UUID.randomUUID())).andExpect(status().isNotFound());
		assertThat(selection.reviewBoard(round, beta.id(), manager.id(), FRENCH).others()).isEmpty();
	}

	@Test
	void savesADraftWithSomeCriteriaLeftForLater() throws Exception {
		// when
		perform(scores(anne, alpha).param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", "3")
			.param("scores[0].justification", "Objectifs précis : deux vitrines par mois.")
			.param("scores[1].code", "TRAINING_OPENNESS")
			.param("scores[2].code", "PROJECT_FIT"))
			.andExpect(redirectedUrl(reviewPath(round, alpha.id())))
			.andExpect(flash().attribute("flash", "selection.review.saved"));

		// then
		ReviewBoard board = selection.reviewBoard(round, alpha.id(), anne.id(), FRENCH);
		assertThat(board.own().submitted()).isFalse();
		assertThat(board.own().scores()).singleElement()
			.satisfies(score -> assertThat(score.justification()).isEqualTo("Objectifs précis : deux vitrines par mois."));
		var page = Page.of(perform(getAs(anne, reviewPath(round, alpha.id()))).andReturn());
		assertThat(page.checked("scores[0].value")).containsExactly("3");
		assertThat(page.valueOf("scores[0].justification")).isEqualTo("Objectifs précis : deux vitrines par mois.");
	}

	@Test
	void asksForAJustificationNextToTheScoreAndKeepsTheScore() throws Exception {
		var page = refused(scores(anne, alpha).param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", "3")
			.param("scores[0].justification", " "));
		assertThat(page.errorFor("scores[0].justification")).isEqualTo(french("selection.score.justification.required"));
		assertThat(page.checked("scores[0].value")).containsExactly("3");
		assertThat(selection.reviewBoard(round, alpha.id(), anne.id(), FRENCH).own().scores()).isEmpty();
	}

	@Test
	void asksForEveryCriterionBeforeSubmitting() throws Exception {
		var page = refused(scores(anne, alpha).param("submit", "1")
			.param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", "3")
			.param("scores[0].justification", "Clair.")
			.param("scores[1].code", "TRAINING_OPENNESS")
			.param("scores[2].code", "PROJECT_FIT"));
		assertThat(page.errorFor("scores[1].value")).isEqualTo(french("selection.scoreForm.value.required"));
		assertThat(page.errorFor("scores[2].justification")).isEqualTo(french("selection.score.justification.required"));
		assertThat(page.valueOf("scores[0].justification")).isEqualTo("Clair.");
		assertThat(selection.reviewBoard(round, alpha.id(), anne.id(), FRENCH).own().submitted()).isFalse();
	}

	@Test
	void refusesAScoreOutsideTheScaleNextToIt() throws Exception {
		var page = refused(scores(anne, alpha).param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", "9")
			.param("scores[0].justification", "Beaucoup."));
		assertThat(page.errorFor("scores[0].justification")).isEmpty();
		assertThat(page.errorSummary()).containsExactly(french("selection.score.value.outOfRange", 4));
	}

	@Test
	void keepsOthersScoresHiddenUntilISubmitMine() throws Exception {
		// given Benoît reviewed first
		review(round, alpha.id(), benoit, manager, 1);
		var before = Page.of(perform(getAs(anne, reviewPath(round, alpha.id()))).andReturn());

		// when
		perform(everyScore(anne, alpha, "4").param("submit", "1"))
			.andExpect(flash().attribute("flash", "selection.review.submitted"));
		var after = Page.of(perform(getAs(anne, reviewPath(round, alpha.id()))).andReturn());

		// then
		assertThat(before.text()).doesNotContain("Benoît Conseil")
			.contains(french("selection.review.othersHiddenCount", 1));
		assertThat(after.text()).contains("Benoît Conseil", "Objectifs.");
		assertThat(after.text()).contains("Clarté des objectifs", "plus de 2 points d’écart");
		assertThat(after.document().select("button").eachText()).contains(french("selection.review.revise"))
			.doesNotContain(french("selection.review.submit"));
	}

	@Test
	void declaresAConflictOfInterestAndIsThenOutOfTheApplication() throws Exception {
		// given
		var tooLong = refusedConflict("x".repeat(1001));

		// when
		perform(postAs(anne, reviewPath(round, alpha.id()) + "/conflict").param("note", "Ma sœur tient ce commerce."))
			.andExpect(redirectedUrl(reviewPath(round, alpha.id())))
			.andExpect(flash().attribute("flash", "selection.conflict.declared"));
		var page = Page.of(perform(getAs(anne, reviewPath(round, alpha.id()))).andExpect(status().isOk()).andReturn());
		var scoring = refused(everyScore(anne, alpha, "2"));

		// then
		assertThat(tooLong.errorFor("note")).isEqualTo(french("selection.conflict.note.tooLong", 1000));
		assertThat(tooLong.valueOf("note")).hasSize(1001);
		assertThat(page.text()).contains(french("selection.review.conflicted"));
		assertThat(page.document().select("fieldset.criterion")).isEmpty();
		assertThat(scoring.errorSummary())
			.containsExactly(french("selection.refused.reviewerConflicted", "Anne Conseil"));
		assertThat(selection.reviewBoard(round, alpha.id(), anne.id(), FRENCH).own().conflicted()).isTrue();
	}

	@Test
	void letsAManagerReviewToo() throws Exception {
		selection.assignReviewer(round, beta.id(), manager.id(), manager.actor());
		perform(everyScore(manager, beta, "2").param("submit", "1"))
			.andExpect(flash().attribute("flash", "selection.review.submitted"));
		assertThat(selection.reviewBoard(round, beta.id(), manager.id(), FRENCH).own().submitted()).isTrue();
	}

	@Test
	void isNotForMerchantsNorTheCity() throws Exception {
		perform(getAs(staff("Ville de Québec", Role.CITY), "/selection/reviews")).andExpect(status().isForbidden());
		perform(scores(staff("Ville de Québec", Role.CITY), alpha)).andExpect(status().isForbidden());
		perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/selection/reviews")
			.with(merchant(alpha))).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder scores(Staff reviewer, ApplicationDetails application) {
		return postAs(reviewer, reviewPath(round, application.id()));
	}

	private MockHttpServletRequestBuilder everyScore(Staff reviewer, ApplicationDetails application, String value) {
		return scores(reviewer, application).param("scores[0].code", "GOALS_CLARITY")
			.param("scores[0].value", value)
			.param("scores[0].justification", "Objectifs.")
			.param("scores[1].code", "TRAINING_OPENNESS")
			.param("scores[1].value", value)
			.param("scores[1].justification", "Ouverture.")
			.param("scores[2].code", "PROJECT_FIT")
			.param("scores[2].value", value)
			.param("scores[2].justification", "Adéquation.");
	}

	private Page refused(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(perform(request).andExpect(status().isOk()).andExpect(view().name("selection/review")).andReturn());
	}

	private Page refusedConflict(String note) throws Exception {
		return refused(postAs(anne, reviewPath(round, alpha.id()) + "/conflict").param("note", note));
	}

}
