package ca.pignon.platform;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One-time links in the account's life: a new link replaces the earlier ones, a password set from one burns the others,
 * and neither an address nor a client can make Pignon send mail after mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class AccountLinksTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	EmailAddressManagement emailAddresses;

	@Autowired
	OneTimeLinks links;

	@Autowired
	JdbcClient jdbc;

	TestAccounts testAccounts;

	@BeforeEach
	void accounts() {
		testAccounts = new TestAccounts(context);
	}

	@Test
	void aNewResetLinkReplacesTheEarlierOne() {
		// given two reset links asked one after the other
		var account = testAccounts.user(testAccounts.create(Role.MANAGER)).accountId();
		String first = links.issue(account, OneTimeLinks.Purpose.RESET_PASSWORD);
		String second = links.issue(account, OneTimeLinks.Purpose.RESET_PASSWORD);
		// then only the latest works
		assertThat(accounts.isPasswordLinkValid(first)).isFalse();
		assertThat(accounts.isPasswordLinkValid(second)).isTrue();
	}

	@Test
	void aPasswordSetFromALinkBurnsTheOthers() {
		// given an invitation link and, later, a reset link that someone else may also hold
		var account = testAccounts.user(testAccounts.create(Role.ADVISOR)).accountId();
		String invitation = links.issue(account, OneTimeLinks.Purpose.SET_PASSWORD);
		String reset = links.issue(account, OneTimeLinks.Purpose.RESET_PASSWORD);
		// (issuing the reset link revoked the invitation: bring it back, as a link issued before this rule would be)
		jdbc.sql("UPDATE platform_account_token SET used_at = NULL WHERE account_id = :id")
			.param("id", account.value())
			.update();
		// when the reset link sets the password
		accounts.setPasswordFromLink(reset, "une phrase de passe toute neuve et longue");
		// then the invitation link no longer sets it again
		assertThat(accounts.isPasswordLinkValid(invitation)).isFalse();
		assertThat(catchThrowableOfType(AccountRefused.class,
				() -> accounts.setPasswordFromLink(invitation, "une autre phrase de passe bien longue")))
			.isNotNull();
	}

	@Test
	void tenResetRequestsForOneAddressSendThreeMails() {
		// given a merchant's address
		String email = testAccounts.create(Role.MERCHANT);
		int before = mailsTo(email);
		// when ten resets are asked for it
		for (int i = 0; i < 10; i++) {
			accounts.requestPasswordReset(email, FRENCH);
		}
		// then three mails leave, no more
		assertThat(mailsTo(email) - before).isEqualTo(AccountManagement.MAILS_PER_HOUR);
	}

	@Test
	void verificationLinksToOneAddressAreLimitedAndSaySo() {
		// given a merchant who has not verified their address (registration sent one link)
		String email = testAccounts.createUnverifiedMerchant();
		var account = testAccounts.user(email).accountId();
		// when they ask again and again
		emailAddresses.resendVerification(account, FRENCH);
		emailAddresses.resendVerification(account, FRENCH);
		AccountRefused refused = catchThrowableOfType(AccountRefused.class,
				() -> emailAddresses.resendVerification(account, FRENCH));
		// then the fourth is refused with a polite reason
		assertThat(refused.messageKey()).isEqualTo("platform.verify.tooSoon");
		assertThat(mailsTo(email)).isEqualTo(AccountManagement.MAILS_PER_HOUR);
	}

	@Test
	void aClientAskingForLinksAgainAndAgainIsToldToWait() {
		// given one client (every test client is this machine: start it afresh) asking for links for many addresses
		forgetClientRequests();
		var client = new WebSession(port);
		for (int i = 0; i < MailRequests.PER_CLIENT_PER_HOUR; i++) {
			var asked = client.post("/account/forgot", Map.of("email", "personne-" + i + "@pignon.test"));
			assertThat(asked.statusCode()).as("request " + i).isEqualTo(302);
		}
		// when it asks once more
		var refused = client.post("/account/forgot", Map.of("email", "encore@pignon.test"));
		// then it is told, politely, and in French
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Vous avez demandé plusieurs courriels en peu de temps");
		forgetClientRequests();
	}

	private void forgetClientRequests() {
		jdbc.sql("DELETE FROM platform_mail_request").update();
	}

	private int mailsTo(String email) {
		return jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :to")
			.param("to", email)
			.query(Integer.class)
			.single();
	}

}
