package ca.pignon.intake.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.web.StepForms.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What merchants type is shown as text everywhere, never run as markup: not on the staff pages, not on their own.
 */
class HtmlEscapingTests extends IntakeWebTest {

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String ATTRIBUTE = "\" onmouseover=\"x";






	RequestPostProcessor staff;

	ApplicationDetails scripted;

	ApplicationDetails quoted;

	RequestPostProcessor scriptedMerchant;

	@BeforeEach
	void applicationsWithHostileNames() {
		String email = uniqueEmail("conseil");
		StaffFixture.staffMember(accounts, jdbc, email, "Conseil", Role.MANAGER);
		staff = signedIn(users, email);
		var scriptedApplication = anApplication(intake).named(SCRIPT);
		scripted = scriptedApplication.submit();
		scriptedMerchant = signedIn(users, scriptedApplication.email());
		quoted = anApplication(intake).named("Commerce honnête").trading(ATTRIBUTE).submit();
	}

	@Test
	void escapesNamesOnTheStaffList() throws Exception {
		assertShownAsText(page(get("/intake/applications").param("q", "<script>").with(staff)), SCRIPT);
		assertShownAsText(page(get("/intake/applications").param("q", "onmouseover").with(staff)), ATTRIBUTE);
	}

	@Test
	void escapesNamesOnTheApplicationPages() throws Exception {
		assertShownAsText(page(get("/intake/applications/{id}", scripted.id().value()).with(staff)), SCRIPT);
		assertShownAsText(page(get("/intake/applications/{id}", quoted.id().value()).with(staff)), ATTRIBUTE);
	}

	@Test
	void escapesNamesOnTheMerchantsOwnPages() throws Exception {
		assertShownAsText(page(get("/intake/my").with(scriptedMerchant)), SCRIPT);
	}

	@Test
	void escapesNamesInTheFormsOfADraft() throws Exception {
		// given a draft with both names, back at the first step and at the review
		var application = anApplication(intake).named(SCRIPT).trading(ATTRIBUTE);
		application.draft(4);
		var merchant = signedIn(users, application.email());

		// when
		var business = page(get("/intake/my/steps/business").with(merchant));
		var review = page(get("/intake/my/steps/review").with(merchant));

		// then
		assertThat(business.valueOf("legalName")).isEqualTo(SCRIPT);
		assertThat(business.valueOf("tradeName")).isEqualTo(ATTRIBUTE);
		assertThat(business.document().select("[onmouseover], script:containsData(alert)")).isEmpty();
		assertShownAsText(review, SCRIPT);
		assertShownAsText(review, ATTRIBUTE);
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		return Page.of(mvc.perform(request).andExpect(status().isOk()).andReturn());
	}

	private static void assertShownAsText(Page page, String name) {
		assertThat(page.text()).contains(name);
		assertThat(page.html()).doesNotContain(name);
		assertThat(page.document().select("[onmouseover]")).isEmpty();
		assertThat(page.document().select("script:not([src])")).isEmpty();
	}

}
