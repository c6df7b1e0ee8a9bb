package ca.pignon.intake.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;


import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A merchant who stopped signs in again and finds the draft where they left it.
 */
class ResumeTests extends IntakeWebTest {

	@Test
	void resumesAtTheFirstUnfinishedStepWithEverythingSaved() throws Exception {
		// given a merchant who described the business and the storefront in an earlier session
		var application = anApplication(intake).named("Boutique Lina").trading("Chez Lina");
		application.draft(2);
		var merchant = signedIn(users, application.email());

		// when
		var status = Page.of(mvc.perform(get("/intake/my").with(merchant))
			.andExpect(view().name("intake/my-draft"))
			.andReturn());
		var business = Page.of(mvc.perform(get("/intake/my/steps/business").with(merchant))
			.andExpect(status().isOk())
			.andReturn());
		var storefront = Page.of(mvc.perform(get("/intake/my/steps/storefront").with(merchant))
			.andExpect(status().isOk())
			.andReturn());

		// then
		assertThat(status.document().select("main a.button").eachAttr("href")).contains("/intake/my/steps/online");
		assertThat(business.valueOf("legalName")).isEqualTo("Boutique Lina");
		assertThat(business.valueOf("tradeName")).isEqualTo("Chez Lina");
		assertThat(business.valueOf("neq")).isEqualTo("1171234567");
		assertThat(business.valueOf("employees")).isEqualTo("4");
		assertThat(business.checked("naicsCode")).containsExactly("445110");
		assertThat(storefront.valueOf("civicNumber")).isEqualTo("350");
		assertThat(storefront.valueOf("street")).isEqualTo("rue Abraham-Martin");
		assertThat(storefront.valueOf("postalCode")).isEqualTo("G1K 8N1");
		assertThat(storefront.checked("receptionMode")).containsExactly("STOREFRONT");
	}

}
