package ca.pignon.intake.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import ca.pignon.support.ReceivedMails;
import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationChange;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A merchant changes their email address from "Corriger mes renseignements" (issue 18, point 5): the link is mailed to
 * the new address (read from GreenMail, sent for real over SMTP), the old address stays the account's until it is
 * opened, then the new one is, verified, and the change is in the history; an address that is not one, or is theirs
 * already, is refused in words with what was typed kept; an address with an account gets no link and the same answer.
 */
@SpringBootTest(properties = { "pignon.test.context=email-change", "spring.mail.host=127.0.0.1",
		"spring.mail.port=3825" })
@AutoConfigureMockMvc
class EmailChangeTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3825, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	IntakeManagement intake;

	@Autowired
	EmailAddressManagement emailAddresses;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	ApplicationDetails application;

	PignonUser merchant;

	@BeforeEach
	void aRetainedMerchant() {
		var fixture = new DiagnosticFixture(context);
		application = fixture.retained(fixture.staff("Anne Tremblay", Role.ADVISOR), "Crèmerie " + System.nanoTime())
			.get(0);
		merchant = fixture.merchantUser(application);
	}

	@Test
	void theNewAddressIsVerifiedFromItsMailBeforeItReplacesTheOldOne() throws Exception {
		String old = application.email();
		String wanted = ApplicationFixture.uniqueEmail("nouvelle");
		// when the merchant asks for a new address
		MvcResult asked = mvc.perform(post("/intake/my/corrections/email").with(user(merchant)).with(csrf())
			.param("email", wanted)).andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/intake/my/corrections");
		assertThat(asked.getFlashMap().get("flash")).isEqualTo("intake.corrections.emailSent");

		// then the link goes to the new address, and the account keeps the old one meanwhile
		MimeMessage mail = awaitMail(wanted, "/account/email/");
		assertThat(mail.getSubject()).isEqualTo("Confirmez votre nouvelle adresse courriel");
		assertThat(body(mail)).contains(old);
		assertThat(intake.application(application.id(), FRENCH).email()).isEqualTo(old);
		assertThat(emailAddresses.pendingEmail(application.accountId())).hasValue(wanted);
		assertThat(page(get("/intake/my/corrections").with(user(merchant)))).contains("En attente de confirmation : " + wanted);

		// when the link is opened (by anyone holding it: it is the proof the address is theirs)
		String link = linkIn(body(mail));
		assertThat(page(get(link))).contains("c’est désormais celle de votre compte");

		// then the new address is the account's, verified, and the history says so
		ApplicationDetails after = intake.application(application.id(), FRENCH);
		assertThat(after.email()).isEqualTo(wanted);
		assertThat(after.emailVerified()).isTrue();
		assertThat(emailAddresses.pendingEmail(application.accountId())).isEmpty();
		await().atMost(Duration.ofSeconds(20)).until(() -> changes("EMAIL_CORRECTED").size() == 1);
		ApplicationChange change = changes("EMAIL_CORRECTED").get(0);
		assertThat(change.before()).isEqualTo(old);
		assertThat(change.after()).isEqualTo(wanted);
		// and the former address is told, with whom to write if nobody asked for it
		MimeMessage notice = awaitMail(old, "maintenant " + wanted);
		assertThat(notice.getSubject()).isEqualTo("L’adresse courriel de votre compte a changé");
		// and the link does not work twice
		assertThat(page(get(link))).contains("Ce lien n’est plus valide");
	}

	@Test
	void aBadOrSameAddressIsRefusedInWordsAndAnAddressWithAnAccountGetsNoLink() throws Exception {
		assertThat(page(post("/intake/my/corrections/email").with(user(merchant)).with(csrf())
			.param("email", "pas-une-adresse"))).contains("Cette adresse courriel n’est pas valide")
			.contains("value=\"pas-une-adresse\"");
		assertThat(page(post("/intake/my/corrections/email").with(user(merchant)).with(csrf())
			.param("email", application.email().toUpperCase(Locale.ROOT)))).contains("C’est déjà votre adresse courriel.");
		assertThat(emailAddresses.pendingEmail(application.accountId())).isEmpty();

		// an address another merchant has: the same answer as any other, but no link
		String taken = ApplicationFixture.anApplication(intake).submit().email();
		MvcResult asked = mvc.perform(post("/intake/my/corrections/email").with(user(merchant)).with(csrf())
			.param("email", taken)).andReturn();
		assertThat(asked.getFlashMap().get("flash")).isEqualTo("intake.corrections.emailSent");
		// the outbox is written in the request's transaction: what is not there now will never be sent
		assertThat(jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :to AND body LIKE '%/account/email/%'")
			.param("to", taken)
			.query(Integer.class)
			.single()).isZero();
		assertThat(intake.application(application.id(), FRENCH).email()).isEqualTo(application.email());
	}

	private List<ApplicationChange> changes(String action) {
		return intake.changesOf(application.id()).stream().filter(change -> change.action().equals(action)).toList();
	}

	private String page(RequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static String linkIn(String body) {
		Matcher matcher = Pattern.compile("https?://[^/\\s]+(/account/email/\\S+)").matcher(body);
		assertThat(matcher.find()).as("a link in " + body).isTrue();
		return matcher.group(1);
	}

	private static MimeMessage awaitMail(String recipient, String quoting) {
		return ReceivedMails.await(smtp, recipient, quoting, 1).get(0);
	}

	private static String body(MimeMessage mail) {
		return ReceivedMails.body(mail);
	}

}
