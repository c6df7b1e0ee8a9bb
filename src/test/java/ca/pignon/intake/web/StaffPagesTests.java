package ca.pignon.intake.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static ca.pignon.intake.MessageFiles.french;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff pages and API around the odd cases: drafts, unknown applications, every filter of the list.
 */
class StaffPagesTests extends IntakeWebTest {

	RequestPostProcessor advisor;

	@BeforeEach
	void anAdvisor() {
		String email = uniqueEmail("conseil");
		StaffFixture.staffMember(accounts, jdbc, email, "Conseil", Role.MANAGER);
		advisor = signedIn(users, email);
	}

	@Test
	void showsADraftAndRefusesToPlaceItsPointInFrench() throws Exception {
		// given a draft stopped after the business step
		var draft = intake.applicationOf(anApplication(intake).named("Brouillon de Lina").draft(1),
				ApplicationFixture.FRENCH).orElseThrow();

		// when
		var page = Page.of(mvc.perform(get("/intake/applications/{id}", draft.id().value()).with(advisor))
			.andExpect(status().isOk())
			.andReturn());
		var refused = Page.of(mvc.perform(post("/intake/applications/{id}/location", draft.id().value()).with(advisor)
			.with(csrf())
			.param("latitude", "46.8119")
			.param("longitude", "-71.2052")
			.param("placementReason", "Essai.")
			.param("version", String.valueOf(draft.version()))).andExpect(status().isOk()).andReturn());

		// then
		assertThat(page.document().select("h1").text()).isEqualTo("Brouillon de Lina");
		assertThat(refused.errorSummary()).contains(french("intake.refused.notSubmitted"));
		assertThat(intake.changesOf(draft.id())).isEmpty();
	}

	@Test
	void answersNotFoundForAnUnknownApplication() throws Exception {
		mvc.perform(get("/intake/applications/{id}", UUID.randomUUID()).with(advisor)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/intake/applications/{id}", UUID.randomUUID()).with(advisor))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsWithEveryFilterOnThePageAndInTheApi() throws Exception {
		// given
		var submitted = anApplication(intake).named("Quincaillerie du Vieux-Port")
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		String today = LocalDate.now(ZoneId.of("America/Toronto")).toString();

		// when / then
		var page = Page.of(mvc.perform(get("/intake/applications").with(advisor)
			.param("status", "SUBMITTED")
			.param("eligibility", "TO_VERIFY")
			.param("municipality", "2423027")
			.param("arrondissement", "1")
			.param("sector", "44-45")
			.param("from", today)
			.param("to", today)
			.param("q", "Quincaillerie du Vieux")).andExpect(status().isOk()).andReturn());
		assertThat(page.document().select("#results tbody tr")).singleElement()
			.satisfies(row -> assertThat(row.text()).contains("Quincaillerie du Vieux-Port", "À vérifier"));
		mvc.perform(get("/api/v1/intake/applications").with(advisor)
			.param("eligibility", "TO_VERIFY")
			.param("municipality", "2423027")
			.param("from", today)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[*].id", hasItem(submitted.id().value().toString())));
	}

}
