package ca.pignon.selection.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A dossier in a round as a manager sees it: the score criterion by criterion in words, the reviews, and the
 * reviewers assigned or taken off, with the workflow's refusals next to the choice.
 */
class DossierPageTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	ApplicationDetails beta;

	RoundId round;

	@BeforeEach
	void aRoundWithTwoApplications() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
		beta = eligible("Épicerie Bêta");
		round = open("Printemps", 1, manager, anne, benoit);
	}

	@Test
	void showsTheScoreInWordsTheReviewsAndTheAdvisorsSuggested() throws Exception {
		// given
		review(round, alpha.id(), anne, manager, 3);

		// when
		var page = Page.of(perform(getAs(manager, dossierPath(round, alpha.id()))).andExpect(status().isOk())
			.andExpect(view().name("selection/dossier"))
			.andReturn());

		// then
		assertThat(page.text("h1")).isEqualTo("Boulangerie Alpha");
		assertThat(page.text("#score-title + * , section[aria-labelledby=score-title] table")).contains(
				"Temps consacré au projet chaque semaine", "Lu dans la candidature : Trois à cinq heures",
				"Lu dans la candidature : 4 employés", "Lu dans la candidature : Code SCIAN 445110",
				"Évaluateurs comptés : 1", "3 sur 4");
		assertThat(page.text("#reviews")).contains("Anne Conseil", "Objectifs.");
		assertThat(page.document().select("select[name=advisor] option").eachText())
			.anyMatch(option -> option.startsWith("Anne Conseil (Équipe Centre)"))
			.anyMatch(option -> option.startsWith("Benoît Conseil (Équipe Centre)"));
		assertThat(page.document().select("select[name=reasonKey] option[data-text]")).isNotEmpty();
		assertThat(page.text()).doesNotContain("HOURS_PER_WEEK", "THREE_TO_FIVE");
	}

	@Test
	void assignsAReviewer() throws Exception {
		// when
		perform(postAs(manager, dossierPath(round, alpha.id()) + "/reviewers").param("reviewer",
				anne.id().value().toString()))
			.andExpect(redirectedUrl(dossierPath(round, alpha.id())))
			.andExpect(flash().attribute("flash", "selection.reviewer.assigned"));

		// then
		assertThat(selection.assignmentsOf(anne.id(), round)).singleElement()
			.satisfies(assignment -> assertThat(assignment.applicationId()).isEqualTo(alpha.id()));
	}

	@Test
	void asksWhoToAssign() throws Exception {
		var page = Page.of(perform(postAs(manager, dossierPath(round, alpha.id()) + "/reviewers").param("reviewer", ""))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.errorFor("reviewer")).isEqualTo(french("selection.reviewerForm.reviewer.required"));
	}

	@Test
	void refusesAReviewerWhoDeclaredAConflictNextToTheChoice() throws Exception {
		// given
		selection.declareConflict(round, alpha.id(), anne.actor(), "Ma sœur tient ce commerce.");

		// when
		var page = Page.of(perform(postAs(manager, dossierPath(round, alpha.id()) + "/reviewers").param("reviewer",
				anne.id().value().toString()))
			.andExpect(status().isOk())
			.andReturn());

		// then
		assertThat(page.errorFor("reviewer"))
			.isEqualTo(french("selection.refused.reviewerConflicted", "Anne Conseil"));
		assertThat(page.text("#reviews")).contains(french("selection.review.conflictBadge"),
				"Ma sœur tient ce commerce.");
		assertThat(selection.assignmentsOf(anne.id(), round)).isEmpty();
	}

	@Test
	void takesOffAReviewerWhoHasNotSubmittedButNotOneWhoHas() throws Exception {
		// given
		selection.assignReviewer(round, alpha.id(), benoit.id(), manager.actor());
		review(round, alpha.id(), anne, manager, 2);

		// when
		perform(postAs(manager, dossierPath(round, alpha.id()) + "/reviewers/remove").param("reviewer",
				benoit.id().value().toString()))
			.andExpect(flash().attribute("flash", "selection.reviewer.unassigned"));
		var page = Page.of(perform(postAs(manager, dossierPath(round, alpha.id()) + "/reviewers/remove")
			.param("reviewer", anne.id().value().toString())).andExpect(status().isOk()).andReturn());

		// then
		assertThat(page.errorSummary()).containsExactly(french("selection.refused.reviewAlreadySubmitted"));
		assertThat(selection.assignmentsOf(benoit.id(), round)).isEmpty();
		assertThat(selection.assignmentsOf(anne.id(), round)).hasSize(1);
	}

	@Test
	void answersNotFoundForAnApplicationOutsideTheRound() throws Exception {
		perform(getAs(manager, "/selection/rounds/" + round + "/applications/" + UUID.randomUUID()))
			.andExpect(status().isNotFound());
		perform(getAs(manager, "/selection/rounds/" + UUID.randomUUID() + "/applications/" + alpha.id().value()))
			.andExpect(status().isNotFound());
	}

	@Test
	void isForManagersOnly() throws Exception {
		perform(getAs(anne, dossierPath(round, alpha.id()))).andExpect(status().isForbidden());
		perform(postAs(anne, dossierPath(round, alpha.id()) + "/reviewers").param("reviewer",
				anne.id().value().toString()))
			.andExpect(status().isForbidden());
		assertThat(selection.assignmentsOf(anne.id(), round)).isEmpty();
	}

}
