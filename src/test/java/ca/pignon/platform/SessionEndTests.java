package ca.pignon.platform;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session ends the moment its account is disabled or its password set, whichever instance answers next (the
 * account's stamp is read from the database): over real HTTP, with the sessions of two browsers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SessionEndTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	TestAccounts testAccounts;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(context);
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() {
		// given an advisor signed in, reading the applications
		String email = testAccounts.create(Role.ADVISOR);
		WebSession browser = signedIn(email);
		assertThat(browser.get("/intake/applications").statusCode()).isEqualTo(200);
		// when the administrator disables the account
		accounts.setEnabled(testAccounts.user(email).accountId(), false);
		// then the open session is over: the next page asks to sign in, and so does the API with that cookie
		var next = browser.get("/intake/applications");
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(browser.get("/api/v1/me").statusCode()).isEqualTo(401);
	}

	@Test
	void changingOnesPasswordEndsTheOtherSessionsAndKeepsThisOne() {
		// given a manager signed in on two browsers
		String email = testAccounts.create(Role.MANAGER);
		WebSession laptop = signedIn(email);
		WebSession phone = signedIn(email);
		// when they change their password on the laptop
		var changed = laptop.post("/account/password", Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword",
				"une toute nouvelle phrase de passe secrète"));
		assertThat(changed.statusCode()).isEqualTo(302);
		// then the laptop goes on and the phone must sign in again
		assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
		assertThat(phone.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void aPasswordSetFromAResetLinkEndsEverySession() {
		// given a merchant signed in
		String email = testAccounts.create(Role.MERCHANT);
		WebSession browser = signedIn(email);
		assertThat(browser.get("/account").statusCode()).isEqualTo(200);
		// when a new password is set from a reset link (as someone who took over the mailbox would)
		String secret = context.getBean(OneTimeLinks.class)
			.issue(testAccounts.user(email).accountId(), OneTimeLinks.Purpose.RESET_PASSWORD);
		accounts.setPasswordFromLink(secret, "une autre phrase de passe bien longue");
		// then the session opened before is over
		assertThat(browser.get("/account").statusCode()).isEqualTo(302);
	}

	private WebSession signedIn(String email) {
		WebSession browser = new WebSession(port);
		assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/start");
		return browser;
	}

}
