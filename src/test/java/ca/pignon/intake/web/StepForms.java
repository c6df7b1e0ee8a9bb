package ca.pignon.intake.web;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A merchant signed in with a draft, posting one step of the registration form.
 */
final class StepForms {

	private final MockMvc mvc;

	private final IntakeManagement intake;

	private final RequestPostProcessor merchant;

	private final AccountId account;

	private StepForms(MockMvc mvc, IntakeManagement intake, RequestPostProcessor merchant, AccountId account) {
		this.mvc = mvc;
		this.intake = intake;
		this.merchant = merchant;
		this.account = account;
	}

	/** A merchant who described the first {@code steps} steps and is signed in. */
	static StepForms merchantAfter(int steps, MockMvc mvc, UserDetailsService users, IntakeManagement intake) {
		var application = ApplicationFixture.anApplication(intake);
		AccountId account = application.draft(steps);
		return new StepForms(mvc, intake, signedIn(users, application.email()), account);
	}

	/** A merchant who described the first {@code steps} steps and is signed in, without having verified the address. */
	static StepForms unverifiedMerchantAfter(int steps, MockMvc mvc, UserDetailsService users,
			IntakeManagement intake) {
		var application = ApplicationFixture.anApplication(intake);
		AccountId account = application.unverifiedDraft(steps);
		return new StepForms(mvc, intake, signedIn(users, application.email()), account);
	}

	static RequestPostProcessor signedIn(UserDetailsService users, String email) {
		return user(users.loadUserByUsername(email));
	}

	AccountId account() {
		return account;
	}

	RequestPostProcessor merchant() {
		return merchant;
	}

	ApplicationDetails draft() {
		return intake.applicationOf(account, ApplicationFixture.FRENCH).orElseThrow();
	}

	MockHttpServletRequestBuilder postStep(String slug) {
		return post("/intake/my/steps/" + slug).with(csrf()).with(merchant);
	}

	/** Posts a step that must be refused: the same step comes back with the errors, and the draft is untouched. */
	Page refused(String slug, MockHttpServletRequestBuilder request) throws Exception {
		ApplicationDetails before = draft();
		var result = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("intake/step-" + slug))
			.andReturn();
		assertThat(draft()).as("the stored draft").isEqualTo(before);
		return Page.of(result);
	}

}
