package ca.pignon.selection.web;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A dossier's timeline: every step with who and when, in words; for managers and the merchant's current advisor only
 * (the new one after a hand-over), never the scores.
 */
class TimelinePageTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	Staff benoit;

	ApplicationDetails alpha;

	RoundId round;

	@BeforeEach
	void aRetainedDossier() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		benoit = advisor("Benoît Conseil");
		alpha = eligible("Boulangerie Alpha");
		round = open("Printemps", 1, manager, anne, benoit);
		review(round, alpha.id(), benoit, manager, 3);
		waitlist(round, alpha.id(), 1, manager);
		retain(round, alpha.id(), anne, manager);
	}

	@Test
	void tellsTheWholeStoryInWordsWithWhoAndWhen() throws Exception {
		// when
		var page = Page.of(perform(getAs(manager, timeline())).andExpect(status().isOk()).andReturn());

		// then
		var lines = page.document().select("ol.timeline > li").eachText();
		assertThat(lines.get(0)).startsWith("Candidature soumise").contains("par Rosalie Gingras");
		assertThat(String.join("\n", lines)).contains("Admissibilité décidée", "Admissible",
				"Entrée dans la cohorte", "Heures par semaine offertes : Trois à cinq heures",
				"Évaluateur affecté", "Benoît Conseil", "Évaluation soumise", "Décision enregistrée",
				"Après : Liste d’attente, position 1", "Avant : Liste d’attente, position 1", "Après : Retenue",
				"Raison : Votre dossier se classe parmi les places offertes.", "Courriel envoyé au commerçant",
				"Conseillère ou conseiller attribué", "Anne Conseil (Équipe Centre)", "par Gaby Gestion", "(cohorte Printemps)");
		assertThat(page.text("ol.timeline")).doesNotContain("RETAINED", "WAITLISTED", "HOURS_PER_WEEK", "ELIGIBLE",
				"Objectifs.");
	}

	@Test
	void isForTheMerchantsCurrentAdvisorAndNoOtherAdvisor() throws Exception {
		// when
		perform(getAs(anne, timeline())).andExpect(status().isOk());
		perform(getAs(benoit, timeline())).andExpect(status().isNotFound());
		selection.reassign(round, alpha.id(), benoit.id(), "Anne part en congé.", version(round, alpha.id()),
				manager.actor());

		// then the whole history goes with the merchant to the new advisor
		var page = Page.of(perform(getAs(benoit, timeline())).andExpect(status().isOk()).andReturn());
		assertThat(page.text("ol.timeline")).contains("Candidature soumise", "Anne part en congé.");
		perform(getAs(anne, timeline())).andExpect(status().isNotFound());
	}

	@Test
	void isNotForMerchantsAndAnswersNotFoundForAnUnknownApplication() throws Exception {
		perform(get(timeline()).with(merchant(alpha))).andExpect(status().isForbidden());
		perform(getAs(manager, "/selection/applications/" + UUID.randomUUID() + "/timeline"))
			.andExpect(status().isNotFound());
	}

	@Test
	void isLinkedFromTheStaffApplicationPageForManagers() throws Exception {
		var page = Page.of(perform(getAs(manager, "/intake/applications/" + alpha.id().value())).andExpect(status().isOk())
			.andReturn());
		assertThat(page.document().select("a[href='" + timeline() + "']")).isNotEmpty();
	}

	private String timeline() {
		return "/selection/applications/" + alpha.id().value() + "/timeline";
	}

}
