package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.support.SessionCookie;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.MessageFiles.french;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A merchant sees and changes only their own application, in order, and only until it is submitted.
 */
class MerchantIsolationTests extends IntakeWebTest {

	ApplicationDetails mine;

	RequestPostProcessor me;

	ApplicationDetails theirs;

	@BeforeEach
	void twoMerchantsWhoSubmitted() {
		var application = anApplication(intake).named("Fleuriste Marguerite");
		mine = application.submit();
		me = signedIn(users, application.email());
		theirs = anApplication(intake).named("Cordonnerie Bélanger").submit();
	}

	@Test
	void showsAMerchantOnlyTheirOwnApplication() throws Exception {
		// when
		var page = Page.of(mvc.perform(get("/intake/my").with(me)).andExpect(status().isOk()).andReturn());

		// then
		assertThat(page.text()).contains("Fleuriste Marguerite").doesNotContain("Cordonnerie Bélanger");
		assertThat(page.html()).doesNotContain(theirs.email());
	}

	@Test
	void forbidsAMerchantTheStaffPagesOfAnotherApplication() throws Exception {
		mvc.perform(get("/intake/applications/{id}", theirs.id().value()).with(me)).andExpect(status().isForbidden());
		mvc.perform(get("/intake/applications").with(me)).andExpect(status().isForbidden());
		mvc.perform(post("/intake/applications/{id}/eligibility", theirs.id().value()).with(me)
			.with(csrf())
			.param("eligibility", "ELIGIBLE")
			.param("reason", "Je me déclare admissible.")
			.param("version", String.valueOf(theirs.version()))).andExpect(status().isForbidden());
		assertThat(intake.changesOf(theirs.id())).hasSize(1);
	}

	@Test
	void forbidsAMerchantTheApplicationsApi() throws Exception {
		mvc.perform(get("/api/v1/intake/applications/{id}", theirs.id().value()).with(me))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/intake/applications").with(me)).andExpect(status().isForbidden());
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/intake/my")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void sendsASubmittedMerchantFromTheStepsToTheStatusPage() throws Exception {
		for (String slug : new String[] { "business", "storefront", "online", "commitment", "review" }) {
			mvc.perform(get("/intake/my/steps/" + slug).with(me)).andExpect(redirectedUrl("/intake/my"));
		}
	}

	@Test
	void refusesStepsPostedAfterSubmissionWithAFrenchMessage() throws Exception {
		// given
		var before = intake.application(mine.id(), ApplicationFixture.FRENCH);

		// when
		var refused = mvc.perform(post("/intake/my/steps/storefront").with(me)
			.with(csrf())
			.param("civicNumber", "12")
			.param("street", "rue Qui-N'existe-Pas")
			.param("municipality", "Lévis")
			.param("postalCode", "G6V 1A1")
			.param("receptionMode", "STOREFRONT"))
			.andExpect(redirectedUrl("/intake/my"))
			.andExpect(flash().attribute("flashError", "intake.refused.alreadySubmitted"))
			.andReturn();

		// then the status page says why, and nothing changed
		var page = Page.of(mvc.perform(get("/intake/my").with(me).cookie(SessionCookie.of(refused))).andReturn());
		assertThat(page.document().select("[role=alert]").text())
			.contains(french("intake.refused.alreadySubmitted"));
		assertThat(intake.application(mine.id(), ApplicationFixture.FRENCH)).isEqualTo(before);
	}

	@Test
	void refusesEveryStepPostedAfterSubmission() throws Exception {
		// given
		var before = intake.application(mine.id(), ApplicationFixture.FRENCH);

		// when / then
		mvc.perform(post("/intake/my/steps/business").with(me)
			.with(csrf())
			.param("legalName", "Autre nom")
			.param("naicsCode", "445110")
			.param("employees", "2"))
			.andExpect(redirectedUrl("/intake/my"))
			.andExpect(flash().attribute("flashError", "intake.refused.alreadySubmitted"));
		mvc.perform(post("/intake/my/steps/online").with(me).with(csrf()).param("goals", "WEBSITE"))
			.andExpect(redirectedUrl("/intake/my"))
			.andExpect(flash().attribute("flashError", "intake.refused.alreadySubmitted"));
		mvc.perform(post("/intake/my/steps/commitment").with(me)
			.with(csrf())
			.param("hoursPerWeek", "ONE_TO_TWO")
			.param("workBy", "OWNER")
			.param("consents", "PROGRAM_NEWS"))
			.andExpect(redirectedUrl("/intake/my"))
			.andExpect(flash().attribute("flashError", "intake.refused.alreadySubmitted"));
		mvc.perform(post("/intake/my/submit").with(me).with(csrf()))
			.andExpect(redirectedUrl("/intake/my"))
			.andExpect(flash().attribute("flashError", "intake.refused.alreadySubmitted"));
		assertThat(intake.application(mine.id(), ApplicationFixture.FRENCH)).isEqualTo(before);
		assertThat(intake.consentHistory(mine.accountId())).isEmpty();
	}

	@Test
	void sendsAMerchantSteppingAheadToTheFirstUnfinishedStep() throws Exception {
		// given a merchant who described only the business
		var application = anApplication(intake);
		var account = application.draft(1);
		var merchant = signedIn(users, application.email());

		// when / then
		for (String slug : new String[] { "online", "commitment", "review" }) {
			mvc.perform(get("/intake/my/steps/" + slug).with(merchant))
				.andExpect(redirectedUrl("/intake/my/steps/storefront"));
		}
		mvc.perform(get("/intake/my/steps/storefront").with(merchant)).andExpect(status().isOk());
		mvc.perform(get("/intake/my/steps/business").with(merchant)).andExpect(status().isOk());
		mvc.perform(get("/intake/my/steps/payment").with(merchant)).andExpect(status().isNotFound());
		assertThat(intake.applicationOf(account, ApplicationFixture.FRENCH).orElseThrow().completedSteps())
			.isEqualTo(1);
	}

	@Test
	void refusesAStepPostedAheadOfTheFirstUnfinishedOne() throws Exception {
		// given a merchant who described only the business
		var application = anApplication(intake);
		var account = application.draft(1);
		var merchant = signedIn(users, application.email());

		// when
		mvc.perform(post("/intake/my/steps/commitment").with(merchant)
			.with(csrf())
			.param("hoursPerWeek", "ONE_TO_TWO")
			.param("workBy", "OWNER")).andExpect(redirectedUrl("/intake/my/steps/storefront"));

		// then
		var draft = intake.applicationOf(account, ApplicationFixture.FRENCH).orElseThrow();
		assertThat(draft.commitment()).isNull();
		assertThat(draft.completedSteps()).isEqualTo(1);
	}

}
