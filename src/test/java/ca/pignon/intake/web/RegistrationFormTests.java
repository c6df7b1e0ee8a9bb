package ca.pignon.intake.web;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import ca.pignon.intake.ApplicationFixture;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The account step: what is wrong is said in French next to the field, and what was typed stays.
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
	void refusesAnEmailAddressAlreadyTakenAndLeavesItsOwnerAlone() throws Exception {
		// given someone already registered with this address
		var owner = anApplication(intake).named("Boulangerie du premier");
		var ownerAccount = owner.draft(1);
		var before = intake.applicationOf(ownerAccount, ApplicationFixture.FRENCH).orElseThrow();

		// when
		var page = register("Autre", "Personne", owner.email(), "", "une autre phrase de passe solide");

		// then
		assertThat(page.errorFor("email")).isEqualTo(french("platform.account.emailTaken"));
		assertThat(page.valueOf("firstName")).isEqualTo("Autre");
		assertThat(page.valueOf("lastName")).isEqualTo("Personne");
		assertThat(intake.applicationOf(ownerAccount, ApplicationFixture.FRENCH)).contains(before);
	}

	@Test
	void createsTheAccountAndItsDraftThenOpensTheFirstStep() throws Exception {
		// given
		String email = uniqueEmail("nouvelle");

		// when / then
		mvc.perform(post("/register/account").with(csrf())
			.param("firstName", " Rosalie ")
			.param("lastName", "Gingras")
			.param("email", email)
			.param("password", ApplicationFixture.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/intake/my/steps/business"));
		assertThat(accounts.exists(email)).isTrue();
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
