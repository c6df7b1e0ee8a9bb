package ca.pignon.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in and out over real HTTP, with the production throttling settings (5 failures per address, 20 per client,
 * in 15 minutes). Every client here is 127.0.0.1: these tests together stay well under the client's 20 failures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LoginTests {

	static final String WRONG = "ce n’est pas le bon mot de passe";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void changesTheSessionIdOnSignIn() {
		// given
		var browser = new WebSession(port);
		String email = new TestAccounts(context).create(Role.ADVISOR);
		browser.get("/login");
		String before = browser.cookie("JSESSIONID");
		// when
		String landing = browser.signIn(email, TestAccounts.PASSWORD);
		// then
		assertThat(before).isNotNull();
		assertThat(landing).isEqualTo("/start");
		assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
	}

	@Test
	void keepsTheSessionCookieFromScriptsAndOtherSites() {
		// given
		var browser = new WebSession(port);
		// when
		var page = browser.get("/login");
		// then
		assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly")
				.containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void explainsAWrongPasswordInFrench() {
		// given
		var browser = new WebSession(port);
		String email = new TestAccounts(context).create(Role.MERCHANT);
		// when
		String landing = browser.signIn(email, WRONG);
		// then
		assertThat(landing).isEqualTo("/login?error");
		assertThat(browser.get(landing).body()).contains("Adresse courriel ou mot de passe incorrect.");
	}

	@Test
	void blocksAnAddressAfterFiveFailuresWithoutBlockingTheOthersOfTheClient() {
		// given
		var accounts = new TestAccounts(context);
		String target = accounts.create(Role.MERCHANT);
		String neighbour = accounts.create(Role.MERCHANT);
		var attacker = new WebSession(port);
		for (int failure = 1; failure <= 5; failure++) {
			attacker.signIn(target, WRONG);
		}
		// when
		String sixth = attacker.signIn(target, TestAccounts.PASSWORD);
		String neighbourLanding = new WebSession(port).signIn(neighbour, TestAccounts.PASSWORD);
		// then
		assertThat(sixth).isEqualTo("/login?blocked");
		assertThat(attacker.get(sixth).body()).contains("Trop de tentatives de connexion");
		assertThat(attacker.get("/account").statusCode()).isEqualTo(302);
		assertThat(neighbourLanding).isEqualTo("/start");
	}

	@Test
	void forgetsTheFailuresOfAnAddressOnceItSignsIn() {
		// given
		var browser = new WebSession(port);
		String email = new TestAccounts(context).create(Role.MERCHANT);
		for (int failure = 1; failure <= 4; failure++) {
			browser.signIn(email, WRONG);
		}
		String success = browser.signIn(email, TestAccounts.PASSWORD);
		browser.signOut();
		// when: a fifth failure would block the address if the first four still counted
		String fifth = browser.signIn(email, WRONG);
		String again = browser.signIn(email, TestAccounts.PASSWORD);
		// then
		assertThat(success).isEqualTo("/start");
		assertThat(fifth).isEqualTo("/login?error");
		assertThat(again).isEqualTo("/start");
	}

	@Test
	void logsFailuresWithoutTheFullAddress(CapturedOutput output) {
		// given
		var browser = new WebSession(port);
		String email = new TestAccounts(context).create(Role.MANAGER);
		// when
		browser.signIn(email, WRONG);
		browser.signIn(email, TestAccounts.PASSWORD);
		// then
		String masked = "m***" + email.substring(email.indexOf('@'));
		assertThat(output.getAll()).contains("Failed login for " + masked).doesNotContain(email);
	}

	@Test
	void forgetsTheSessionOnSignOut() {
		// given
		var browser = new WebSession(port);
		browser.signIn(new TestAccounts(context).create(Role.ADVISOR), TestAccounts.PASSWORD);
		String session = browser.cookie("JSESSIONID");
		// when
		var signOut = browser.signOut();
		var replay = new WebSession(port);
		replay.setCookie("JSESSIONID", session);
		var answer = replay.get("/account");
		// then
		assertThat(signOut.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/?loggedOut"));
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void asksHtmxToReloadThePageWhenNobodyIsSignedIn() {
		// when
		var answer = new WebSession(port).get("/intake/applications", "HX-Request", "true");
		// then
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("HX-Refresh")).contains("true");
	}

	@Test
	void refusesASignInWithoutCsrfToken() {
		// given
		var browser = new WebSession(port);
		String email = new TestAccounts(context).create(Role.ADVISOR);
		// when
		var answer = browser.postWithoutToken("/login", Map.of("username", email, "password", TestAccounts.PASSWORD));
		// then
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

}
