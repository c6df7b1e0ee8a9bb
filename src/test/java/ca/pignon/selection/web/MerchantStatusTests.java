package ca.pignon.selection.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.selection.RoundId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * "Où en est mon dossier ?" (intake's page) with selection's section: the decision in plain French with the next
 * step, the merchant's own dossier only, never anything about other applicants.
 */
class MerchantStatusTests extends SelectionWebTest {

	Staff manager;

	Staff anne;

	ApplicationDetails retained;

	ApplicationDetails waiting;

	ApplicationDetails declined;

	ApplicationDetails pending;

	RoundId round;

	@BeforeEach
	void aRoundWithEveryDecision() {
		manager = manager("Gaby Gestion");
		anne = advisor("Anne Conseil");
		retained = eligible("Boulangerie Retenue");
		waiting = eligible("Épicerie Patiente");
		declined = eligible("Fleuriste Déclinée");
		pending = eligible("Quincaillerie Pendante");
		round = open("Printemps", 1, manager, anne);
		review(round, declined.id(), anne, manager, 1);
	}

	@Test
	void saysTheApplicationIsBeingConsideredBeforeAnyDecision() throws Exception {
		var page = statusOf(pending);
		assertThat(page.text("#selection")).contains(french("selection.my.UNDER_REVIEW.title"),
				french("selection.my.round", "Printemps"), french("selection.my.UNDER_REVIEW.next"));
		// the eligibility's own "next step" gives way to selection's
		assertThat(page.text()).doesNotContain(french("intake.decision.ELIGIBLE.next"));
	}

	@Test
	void givesARetainedMerchantTheirAdvisorAndHowTheMeetingIsBooked() throws Exception {
		// given
		retain(round, retained.id(), anne, manager);

		// when
		var page = statusOf(retained);

		// then
		assertThat(page.text("#selection")).contains(french("selection.my.RETAINED.title"),
				french("selection.my.advisor", "Anne Conseil"), french("selection.my.RETAINED.next", 5),
				"Votre dossier se classe parmi les places offertes.");
	}

	@Test
	void givesAWaitlistedMerchantTheirPositionAndWhatHappensNext() throws Exception {
		// given
		waitlist(round, waiting.id(), 3, manager);

		// when
		var page = statusOf(waiting);

		// then: first in line today, whatever the position written
		assertThat(page.text("#selection")).contains(french("selection.my.WAITLISTED.title"),
				french("selection.my.position", 1), french("selection.my.WAITLISTED.next"));
	}

	@Test
	void tellsANotRetainedMerchantWhyInTermsOfTheCriteriaAndWhereElseToGo() throws Exception {
		// given
		notRetain(round, declined.id(), manager);

		// when
		var page = statusOf(declined);

		// then
		String section = page.text("#selection");
		assertThat(section).contains(french("selection.my.NOT_RETAINED.title"),
				french("selection.my.whyLabel") + " Le pointage ne permet pas d’offrir une place.",
				"Clarté des objectifs", "Temps consacré au projet chaque semaine", french("selection.my.NOT_RETAINED.next"));
		assertThat(section).containsPattern("a obtenu [0-9,]+ points sur 100");
		assertThat(page.document().select("#selection table tbody tr")).hasSize(8);
	}

	@Test
	void inEnglishTheManagersReasonWrittenInFrenchIsMarkedAsFrench() throws Exception {
		// given
		notRetain(round, declined.id(), manager);
		retain(round, retained.id(), anne, manager);

		for (ApplicationDetails merchant : java.util.List.of(declined, retained)) {
			// when the merchant reads their status in English
			var page = Page.of(perform(get("/intake/my").with(merchant(merchant))
				.cookie(new jakarta.servlet.http.Cookie("pignon-lang", "en-CA"))).andExpect(status().isOk()).andReturn());

			// then the page is English and the manager's reason, in French, says so
			assertThat(page.document().select("html").attr("lang")).startsWith("en");
			var reason = page.document().select("#selection [lang=fr]");
			assertThat(reason).as(merchant.business().legalName()).hasSize(1);
			assertThat(reason.text()).isNotBlank().isEqualTo(reason.text().strip());
			assertThat(page.text("#selection")).contains(reason.text());
		}
	}

	@Test
	void neverSaysAnythingAboutOtherApplicants() throws Exception {
		// given
		retain(round, retained.id(), anne, manager);
		notRetain(round, declined.id(), manager);

		// when
		var pages = java.util.Map.of(declined, statusOf(declined).text(), retained, statusOf(retained).text(), pending,
				statusOf(pending).text());

		// then each page names its own business only, and no rank, cut-off or count
		pages.forEach((merchant, text) -> {
			for (ApplicationDetails other : java.util.List.of(retained, waiting, declined, pending)) {
				if (!other.equals(merchant)) {
					assertThat(text).doesNotContain(other.business().legalName());
				}
			}
			assertThat(text).doesNotContainPattern("(?i)\\brang\\b")
				.doesNotContainIgnoringCase("seuil")
				.doesNotContain("candidatures classées");
		});
	}

	private Page statusOf(ApplicationDetails application) throws Exception {
		return Page.of(perform(get("/intake/my").with(merchant(application))).andExpect(status().isOk())
			.andExpect(view().name("intake/my-application"))
			.andReturn());
	}

}
