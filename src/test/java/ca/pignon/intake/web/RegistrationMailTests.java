package ca.pignon.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.support.SessionCookie;
import ca.pignon.intake.ApplicationStatus;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.uniqueEmail;
import static ca.pignon.intake.MessageFiles.french;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Registration and verification as the mail shows them (GreenMail): registering answers the same whether or not the
 * address has an account, and mails its owner instead of creating a second one; an application is submitted only
 * from a verified address, the link sent again within the limits, nothing of the draft lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationMailTests {

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	private static final Pattern VERIFY_LINK = Pattern.compile("http://\\S+(/account/verify/[A-Za-z0-9_-]+)");

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		if (!smtp.isRunning()) {
			smtp.start();
		}
		properties.add("spring.mail.host", () -> "127.0.0.1");
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@AfterAll
	static void stopSmtpServer() {
		smtp.stop();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersTheSameWhetherOrNotTheAddressHasAnAccountAndTellsTheOwner() throws Exception {
		// given a merchant who registered and began their application
		var owner = anApplication(intake).named("Boulangerie du premier");
		var ownerAccount = owner.draft(1);
		var before = intake.applicationOf(ownerAccount, FRENCH).orElseThrow();
		String free = uniqueEmail("libre");

		// when someone registers with a new address, then with the owner's (written in capitals)
		MvcResult created = register(free);
		MvcResult taken = register(owner.email().toUpperCase(java.util.Locale.ROOT));

		// then both answers are the same: "check your email", and nobody signed in
		assertThat(taken.getResponse().getStatus()).isEqualTo(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(created.getResponse().getRedirectedUrl())
			.isEqualTo("/register/sent");
		assertThat(taken.getFlashMap().keySet()).isEqualTo(created.getFlashMap().keySet());
		assertThat(taken.getResponse().getHeaderNames()).isEqualTo(created.getResponse().getHeaderNames());
		assertThat(signedIn(taken)).isFalse();
		assertThat(signedIn(created)).isFalse();
		var takenPage = Page.of(mvc.perform(get("/register/sent").cookie(SessionCookie.of(taken))).andReturn());
		var createdPage = Page.of(mvc.perform(get("/register/sent").cookie(SessionCookie.of(created))).andReturn());
		assertThat(takenPage.text().replace(owner.email().toUpperCase(java.util.Locale.ROOT), free))
			.isEqualTo(createdPage.text());

		// and the new address got its verification link, the owner a notice with how to sign in
		assertThat(body(mailTo(free, "platform.mail.verify.subject"))).containsPattern(VERIFY_LINK);
		String notice = body(mailTo(owner.email(), "platform.mail.alreadyRegistered.subject"));
		assertThat(notice).contains("Bonjour Rosalie Gingras", "/login", "/account/forgot")
			.doesNotContain("/account/verify/", "/account/password/");

		// and the owner's account and application are as they were, with no second account
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE lower(email) = lower(:email)")
			.param("email", owner.email())
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(intake.applicationOf(ownerAccount, FRENCH)).contains(before);
	}

	@Test
	void tellsTheOwnerAFewTimesAnHourAtMost() throws Exception {
		// given a merchant's address
		var owner = anApplication(intake);
		owner.draft(0);

		// when someone registers with it again and again
		for (int i = 0; i < 6; i++) {
			register(owner.email());
		}

		// then the owner is told three times, no more
		assertThat(jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :to AND subject = :subject")
			.param("to", owner.email())
			.param("subject", french("platform.mail.alreadyRegistered.subject"))
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anUnverifiedMerchantIsAskedToVerifyThenSubmitsTheSameAnswers() throws Exception {
		// given a merchant who answered every step without opening the verification mail
		var application = anApplication(intake).named("Fromagerie du Marché");
		var account = application.unverifiedDraft(4);
		var before = intake.applicationOf(account, FRENCH).orElseThrow();
		var merchant = user(users.loadUserByUsername(application.email()));

		// when they send the application
		var refused = mvc.perform(post("/intake/my/submit").with(merchant).with(csrf())).andReturn();

		// then they are back on the review, told why and offered the link again, the draft untouched
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/intake/my/steps/review");
		assertThat(refused.getFlashMap().get("flashError")).isEqualTo("intake.refused.emailNotVerified");
		var review = Page.of(mvc.perform(get("/intake/my/steps/review").with(merchant).cookie(SessionCookie.of(refused)))
			.andReturn());
		assertThat(review.text()).contains(french("intake.refused.emailNotVerified"),
				french("intake.verification.required").replace("{0}", application.email()), "Fromagerie du Marché");
		assertThat(review.document().select("form[action=/intake/my/verification] button").text())
			.isEqualTo(french("intake.verification.resend"));
		assertThat(intake.applicationOf(account, FRENCH)).contains(before);

		// when they ask for the link again
		var resent = mvc
			.perform(post("/intake/my/verification").param("back", "review").with(merchant).with(csrf()))
			.andReturn();

		// then a second link arrives and they come back to the review
		assertThat(resent.getResponse().getRedirectedUrl()).isEqualTo("/intake/my/steps/review");
		assertThat(resent.getFlashMap().get("flash")).isEqualTo("intake.verification.resent");
		await().until(() -> mailsTo(application.email(), "platform.mail.verify.subject").size() == 2);

		// when they follow the latest link and send again
		Matcher link = VERIFY_LINK.matcher(body(mailsTo(application.email(), "platform.mail.verify.subject").get(1)));
		assertThat(link.find()).isTrue();
		var verified = mvc.perform(get(link.group(1))).andReturn();
		assertThat(verified.getModelAndView().getModel().get("verified")).isEqualTo(true);
		var submitted = mvc.perform(post("/intake/my/submit").with(merchant).with(csrf())).andReturn();

		// then the same answers are submitted
		assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/intake/my?submitted");
		var after = intake.applicationOf(account, FRENCH).orElseThrow();
		assertThat(after.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(after.id()).isEqualTo(before.id());
		assertThat(after.business()).isEqualTo(before.business());
		assertThat(after.storefront()).isEqualTo(before.storefront());
	}

	@Test
	void sendingTheLinkAgainKeepsToTheLimitsOfTheAddressAndOfTheClient() throws Exception {
		// given a merchant who has not verified their address, asking from one client (registration sent one link)
		var application = anApplication(intake);
		application.unverifiedDraft(2);
		var merchant = user(users.loadUserByUsername(application.email()));
		RequestPostProcessor client = request -> {
			request.setRemoteAddr("198.51.100.17");
			return request;
		};

		// when they ask again and again
		List<Object> answers = new java.util.ArrayList<>();
		for (int i = 0; i < 11; i++) {
			answers.add(mvc.perform(post("/intake/my/verification").with(merchant).with(client).with(csrf()))
				.andReturn()
				.getFlashMap()
				.getOrDefault("flashError", "sent"));
		}

		// then two more links leave (three an hour to an address), then the address's limit is said, then the client's
		assertThat(answers.subList(0, 2)).containsOnly("sent");
		assertThat(answers.subList(2, 10)).containsOnly("platform.verify.tooSoon");
		assertThat(answers.get(10)).isEqualTo("platform.mail.tooMany");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_mail WHERE recipient = :to AND subject = :subject")
			.param("to", application.email())
			.param("subject", french("platform.mail.verify.subject"))
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	private MvcResult register(String email) throws Exception {
		return mvc
			.perform(post("/register/account").with(csrf())
				.param("firstName", "Autre")
				.param("lastName", "Personne")
				.param("email", email)
				.param("password", "une autre phrase de passe solide"))
			.andReturn();
	}

	private static boolean signedIn(MvcResult result) {
		var session = result.getRequest().getSession(false);
		return session != null && session.getAttribute("SPRING_SECURITY_CONTEXT") != null;
	}

	private static MimeMessage mailTo(String recipient, String subjectKey) {
		await().until(() -> !mailsTo(recipient, subjectKey).isEmpty());
		return mailsTo(recipient, subjectKey).get(0);
	}

	private static List<MimeMessage> mailsTo(String recipient, String subjectKey) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equalsIgnoreCase(recipient)
						&& message.getSubject().equals(french(subjectKey));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "");
	}

}
