package ca.pignon.intake.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.support.SessionCookie;
import ca.pignon.platform.PignonUser;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The account step: what is wrong is said in French next to the field, and what was typed stays; what is right ends on
 * "check your email", whether or not the address had an account (see {@code RegistrationMailTests}).
 */
class RegistrationFormTests extends IntakeWebTest {

	@Test
	void asksForTheNamesAndKeepsTheRest() throws Exception {
		// given
		String email = uniqueEmail("sans-nom");

		// when
		var page = register("", "  ", email, "418 555-0123", ApplicationFixture.PASSWORD);

		// then
		assertThat(page.errorFor("firstName")).isEqualTo(french("intake.contact.firstName.required"));
		assertThat(page.errorFor("lastName")).isEqualTo(french("intake.contact.lastName.required"));
		assertThat(page.errorSummary()).contains(french("intake.contact.firstName.required"),
				french("intake.contact.lastName.required"));
		assertThat(page.valueOf("email")).isEqualTo(email);
		assertThat(page.valueOf("phone")).isEqualTo("418 555-0123");
		assertThat(accounts.exists(email)).isFalse();
	}

	@Test
	void refusesAnInvalidEmailAddress() throws Exception {
		// when
		var page = register("Rosalie", "Gingras", "rosalie.boulangerie.test", "", ApplicationFixture.PASSWORD);

		// then
		assertThat(page.errorFor("email")).isEqualTo(french("platform.email.invalid"));
		assertThat(page.valueOf("firstName")).isEqualTo("Rosalie");
		assertThat(page.valueOf("lastName")).isEqualTo("Gingras");
		assertThat(page.valueOf("email")).isEqualTo("rosalie.boulangerie.test");
	}

	@Test
	void refusesAWeakPasswordWithoutCreatingTheAccount() throws Exception {
		// given
		String email = uniqueEmail("faible");

		// when
		var page = register("Rosalie", "Gingras", email, "", "court");

		// then
		assertThat(page.errorFor("password")).isEqualTo(french("platform.password.tooShort"));
		assertThat(page.valueOf("firstName")).isEqualTo("Rosalie");
		assertThat(page.valueOf("email")).isEqualTo(email);
		assertThat(accounts.exists(email)).isFalse();
	}

	@Test
	void refusesAWeakPasswordTheSameWayWhetherOrNotTheAddressHasAnAccount() throws Exception {
		// given an address that has an account and one that has none
		var owner = anApplication(intake).named("Boulangerie du premier");
		owner.draft(1);
		String free = uniqueEmail("libre");

		// when both are given a weak password
		var taken = register("Autre", "Personne", owner.email(), "", "court");
		var notTaken = register("Autre", "Personne", free, "", "court");

		// then both pages say the same, and neither says whether the address has an account
		assertThat(taken.errorFor("password")).isEqualTo(french("platform.password.tooShort"))
			.isEqualTo(notTaken.errorFor("password"));
		assertThat(taken.errorFor("email")).isEmpty();
		assertThat(taken.text().replace(owner.email(), free)).isEqualTo(notTaken.text());
		assertThat(accounts.exists(free)).isFalse();
	}

	@Test
	void createsTheAccountAndItsDraftThenSaysToCheckTheMailWithoutSigningIn() throws Exception {
		// given
		String email = uniqueEmail("nouvelle");

		// when
		var result = mvc.perform(post("/register/account").with(csrf())
			.param("firstName", " Rosalie ")
			.param("lastName", "Gingras")
			.param("email", email)
			.param("password", ApplicationFixture.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/register/sent"))
			.andReturn();

		// then the account and its draft exist, its verification mail waits, and nobody is signed in
		assertThat(accounts.exists(email)).isTrue();
		var account = ((PignonUser) users.loadUserByUsername(email)).accountId();
		assertThat(intake.applicationOf(account, ApplicationFixture.FRENCH)).isPresent();
		assertThat(accounts.find(account).orElseThrow().emailVerified()).isFalse();
		assertThat(result.getRequest().getSession(false) == null ? null
				: result.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT"))
			.isNull();
	}

	@Test
	void theCheckYourMailPageNamesTheAddressItWroteTo() throws Exception {
		// given
		String email = uniqueEmail("nouvelle");
		var posted = mvc.perform(post("/register/account").with(csrf())
			.param("firstName", "Rosalie")
			.param("lastName", "Gingras")
			.param("email", email)
			.param("password", ApplicationFixture.PASSWORD))
			.andReturn();

		// when the browser follows the answer
		var page = Page.of(mvc.perform(get("/register/sent").cookie(SessionCookie.of(posted)))
			.andExpect(status().isOk())
			.andReturn());

		// then
		assertThat(page.document().select("h1").text()).isEqualTo(french("intake.registerSent.title"));
		assertThat(page.text()).contains(french("intake.registerSent.leadTo").replace("{0}", email),
				french("intake.registerSent.already"));
	}

	private Page register(String firstName, String lastName, String email, String phone, String password)
			throws Exception {
		MvcResult result = mvc
			.perform(post("/register/account").with(csrf())
				.param("firstName", firstName)
				.param("lastName", lastName)
				.param("email", email)
				.param("phone", phone)
				.param("password", password))
			.andExpect(status().isOk())
			.andExpect(view().name("intake/register"))
			.andReturn();
		return Page.of(result);
	}

}
