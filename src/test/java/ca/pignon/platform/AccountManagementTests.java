package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.shared.AccountId;
import ca.pignon.support.SessionCookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Accounts: how passwords are kept, and the links that verify an address, set a password or reset it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccountManagementTests {

	static final String NEW_PASSWORD = "un nouveau mot de passe bien long";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesPasswordsAsBcryptHashes() {
		// given
		String email = new TestAccounts(context).create(Role.MERCHANT);
		// when
		String hash = hashOf(email);
		// then
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestAccounts.PASSWORD);
	}

	@Test
	void keepsEveryCharacterOfAPassphraseLongerThanBcryptReads() throws Exception {
		// given: 128 characters, far beyond bcrypt's 72 bytes once accented letters take two bytes each
		String passphrase = "éé le pain chaud sort du four à six heures, été comme hiver ".repeat(3).substring(0, 128);
		String email = "long-" + UUID.randomUUID() + "@pignon.test";
		// when
		accounts.registerMerchant(email, passphrase, "Rosalie Gingras", Locale.CANADA_FRENCH);
		// then
		assertThat(passphrase.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
		assertThat(signIn(email, passphrase).getResponse().getRedirectedUrl()).isEqualTo("/start");
		String lastCharacterChanged = passphrase.substring(0, 127) + "x";
		assertThat(signIn(email, lastCharacterChanged).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void sendsAMerchantAVerificationLinkThatWorksOnlyOnce() throws Exception {
		// given
		String email = "inscription-" + UUID.randomUUID() + "@pignon.test";
		mvc.perform(post("/register/account").with(csrf())
			.param("firstName", "Rosalie")
			.param("lastName", "Gingras")
			.param("email", email)
			.param("phone", "")
			.param("password", TestAccounts.PASSWORD));
		String link = new Mails(jdbc).linkTo(email, "/account/verify/");
		// when
		String first = page(mvc.perform(get(link)).andReturn());
		String second = page(mvc.perform(get(link)).andReturn());
		// then
		assertThat(new Mails(jdbc).latestTo(email)).contains("Bonjour Rosalie Gingras");
		assertThat(first).contains("votre adresse courriel est vérifiée");
		assertThat(verified(email)).isTrue();
		assertThat(second).contains("Ce lien n’est plus valide").doesNotContain("votre adresse courriel est vérifiée");
	}

	@Test
	void refusesAnExpiredVerificationLink() throws Exception {
		// given a merchant who has not opened the verification mail yet
		String email = new TestAccounts(context).createUnverifiedMerchant();
		String link = new Mails(jdbc).linkTo(email, "/account/verify/");
		expire(link);
		// when
		String answer = page(mvc.perform(get(link)).andReturn());
		// then
		assertThat(answer).contains("Ce lien n’est plus valide");
		assertThat(verified(email)).isFalse();
	}

	@Test
	void answersAForgottenPasswordTheSameWhetherTheAccountExistsOrNot() throws Exception {
		// given
		String known = new TestAccounts(context).create(Role.ADVISOR);
		String unknown = "personne-" + UUID.randomUUID() + "@pignon.test";
		// when
		MvcResult forKnown = mvc.perform(post("/account/forgot").with(csrf()).param("email", known)).andReturn();
		MvcResult forUnknown = mvc.perform(post("/account/forgot").with(csrf()).param("email", unknown)).andReturn();
		// then
		assertThat(forKnown.getResponse().getStatus()).isEqualTo(forUnknown.getResponse().getStatus());
		assertThat(forKnown.getResponse().getRedirectedUrl()).isEqualTo(forUnknown.getResponse().getRedirectedUrl());
		assertThat(Map.copyOf(forKnown.getFlashMap())).isEqualTo(Map.copyOf(forUnknown.getFlashMap()));
		String pageForKnown = page(mvc.perform(get("/login").cookie(SessionCookie.of(forKnown))).andReturn());
		String pageForUnknown = page(mvc.perform(get("/login").cookie(SessionCookie.of(forUnknown))).andReturn());
		assertThat(withoutCsrfToken(pageForKnown)).isEqualTo(withoutCsrfToken(pageForUnknown))
			.contains("Si un compte existe avec cette adresse");
		assertThat(new Mails(jdbc).countTo(known)).isEqualTo(1);
		assertThat(new Mails(jdbc).countTo(unknown)).isZero();
	}

	@Test
	void resetsAPasswordOnceFromTheEmailedLink() throws Exception {
		// given
		String email = new TestAccounts(context).create(Role.ADVISOR);
		mvc.perform(post("/account/forgot").with(csrf()).param("email", email));
		String link = new Mails(jdbc).linkTo(email, "/account/password/");
		// when
		MvcResult reset = mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD)).andReturn();
		String reused = page(mvc.perform(post(link).with(csrf()).param("password", "encore un autre mot de passe"))
			.andReturn());
		// then
		assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(passwords().matches(NEW_PASSWORD, hashOf(email))).isTrue();
		assertThat(reused).contains("Ce lien n’est plus valide");
		assertThat(passwords().matches(NEW_PASSWORD, hashOf(email))).isTrue();
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
		// given
		var accountsOfTests = new TestAccounts(context);
		String email = accountsOfTests.create(Role.MERCHANT);
		PignonUser merchant = accountsOfTests.user(email);
		String before = hashOf(email);
		// when
		String refused = page(mvc.perform(post("/account/password").with(user(merchant))
			.with(csrf())
			.param("currentPassword", "pas le bon mot de passe")
			.param("newPassword", NEW_PASSWORD)).andReturn());
		String afterRefusal = hashOf(email);
		MvcResult accepted = mvc.perform(post("/account/password").with(user(merchant))
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("newPassword", NEW_PASSWORD)).andReturn();
		// then
		assertThat(refused).contains("Le mot de passe actuel est incorrect");
		assertThat(afterRefusal).isEqualTo(before);
		assertThat(accepted.getResponse().getRedirectedUrl()).isEqualTo("/account");
		assertThat(passwords().matches(NEW_PASSWORD, hashOf(email))).isTrue();
	}

	@Test
	void letsAnInvitedPersonChooseAPasswordWhichVerifiesTheirAddress() throws Exception {
		// given
		String email = "invitation-" + UUID.randomUUID() + "@pignon.test";
		AccountId invited = accounts.inviteStaff(email, "Camille Conseil", Role.ADVISOR, Locale.CANADA_FRENCH);
		String link = new Mails(jdbc).linkTo(email, "/account/password/");
		boolean verifiedBefore = verified(email);
		// when
		String form = page(mvc.perform(get(link)).andReturn());
		MvcResult chosen = mvc.perform(post(link).with(csrf()).param("password", NEW_PASSWORD)).andReturn();
		// then
		assertThat(verifiedBefore).isFalse();
		assertThat(form).contains("name=\"password\"");
		assertThat(chosen.getResponse().getRedirectedUrl()).isEqualTo("/login");
		assertThat(verified(email)).isTrue();
		assertThat(accounts.find(invited).orElseThrow().passwordSet()).isTrue();
		assertThat(signIn(email, NEW_PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/start");
		assertThat(page(mvc.perform(get(link)).andReturn())).contains("Ce lien n’est plus valide");
	}

	private MvcResult signIn(String email, String password) throws Exception {
		// from an address of its own, so that failures here never throttle the other tests' client
		RequestPostProcessor ownClient = request -> {
			request.setRemoteAddr("192.0.2." + (1 + Math.abs(email.hashCode() % 250)));
			return request;
		};
		return mvc
			.perform(post("/login").param("username", email).param("password", password).with(csrf()).with(ownClient))
			.andReturn();
	}

	private void expire(String link) {
		String secret = link.substring(link.lastIndexOf('/') + 1);
		jdbc.sql("UPDATE platform_account_token SET expires_at = now() - interval '1 minute' WHERE token_hash = :hash")
			.param("hash", Secrets.hash(secret))
			.update();
	}

	private String hashOf(String email) {
		return jdbc.sql("SELECT password_hash FROM platform_account WHERE email = :email")
			.param("email", email)
			.query(String.class)
			.single();
	}

	private boolean verified(String email) {
		return jdbc.sql("SELECT email_verified_at IS NOT NULL FROM platform_account WHERE email = :email")
			.param("email", email)
			.query(Boolean.class)
			.single();
	}

	private org.springframework.security.crypto.password.PasswordEncoder passwords() {
		return context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
	}

	private static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static String withoutCsrfToken(String page) {
		return page.replaceAll("(name=\"_csrf\"[^>]*(value|content)=\")[^\"]*", "$1");
	}

}
