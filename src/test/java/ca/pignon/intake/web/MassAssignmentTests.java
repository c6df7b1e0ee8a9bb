package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.ApplicationStatus;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The step forms bind only their own fields: whatever else a request carries changes nothing it names.
 */
class MassAssignmentTests extends IntakeWebTest {

	StepForms forms;

	ApplicationDetails someoneElse;

	@BeforeEach
	void aMerchantAndSomeoneElse() {
		// a merchant who has not verified their address: posting emailVerified=true must not verify it
		forms = StepForms.unverifiedMerchantAfter(0, mvc, users, intake);
		var other = anApplication(intake).named("Voisin d'en face");
		someoneElse = intake.applicationOf(other.draft(1), ApplicationFixture.FRENCH).orElseThrow();
	}

	@Test
	void ignoresStatusDecisionOwnerAndProgressPostedWithTheBusinessStep() throws Exception {
		// when
		mvc.perform(withExtras(forms.postStep("business")
			.param("legalName", "Boutique Lina")
			.param("naicsCode", "445110")
			.param("employees", "3"))).andExpect(status().isFound());

		// then
		var draft = forms.draft();
		assertThat(draft.business().legalName()).isEqualTo("Boutique Lina");
		assertUntouched(draft, 1);
	}

	@Test
	void ignoresTheLocationAndDecisionPostedWithTheStorefrontStep() throws Exception {
		// given
		mvc.perform(forms.postStep("business")
			.param("legalName", "Boutique Lina")
			.param("naicsCode", "445110")
			.param("employees", "3")).andExpect(status().isFound());

		// when
		mvc.perform(withExtras(forms.postStep("storefront")
			.param("civicNumber", "12")
			.param("street", "rue Qui-N'existe-Pas")
			.param("municipality", "Lévis")
			.param("postalCode", "G6V 1A1")
			.param("receptionMode", "STOREFRONT")
			.param("latitude", "46.8119")
			.param("longitude", "-71.2052")
			.param("municipalityCode", "2423027")
			.param("inProgramTerritory", "true")
			.param("geocodeMethod", "ADDRESS_INDEX"))).andExpect(status().isFound());

		// then
		var draft = forms.draft();
		assertThat(draft.storefront().municipality()).isEqualTo("Lévis");
		assertThat(draft.location()).isNull();
		assertUntouched(draft, 2);
	}

	private MockHttpServletRequestBuilder withExtras(MockHttpServletRequestBuilder request) {
		return request.param("status", "SUBMITTED")
			.param("eligibility", "ELIGIBLE")
			.param("eligibilityReasons", "IN_PROGRAM_TERRITORY")
			.param("accountId", someoneElse.accountId().value().toString())
			.param("id", someoneElse.id().value().toString())
			.param("completedSteps", "5")
			.param("version", "0")
			.param("submittedAt", "2026-01-01T00:00:00Z")
			.param("email", "pirate@exemple.test")
			.param("emailVerified", "true");
	}

	private void assertUntouched(ApplicationDetails draft, int completedSteps) {
		assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
		assertThat(draft.completedSteps()).isEqualTo(completedSteps);
		assertThat(draft.assessment()).isNull();
		assertThat(draft.submittedAt()).isNull();
		assertThat(draft.accountId()).isEqualTo(forms.account());
		assertThat(draft.emailVerified()).isFalse();
		assertThat(draft.email()).isNotEqualTo("pirate@exemple.test");
		assertThat(intake.applicationOf(someoneElse.accountId(), ApplicationFixture.FRENCH)).contains(someoneElse);
	}

}
