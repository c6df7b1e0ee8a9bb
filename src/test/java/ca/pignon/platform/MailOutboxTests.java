package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The outbox: a mail is written with the change that causes it, sent once when an SMTP server is there, kept
 * readable by administrators when none is, and never lost when the server is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class MailOutboxTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailer mailer;

	@Autowired
	ApplicationContext context;

	@Nested
	class WithGreenMail {

		static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

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

		@Test
		void deliversEachMailExactlyOnceWhenTwoDispatchersRunTogether() throws Exception {
			// given: mails waiting, as after a restart, and two dispatchers as on two servers
			List<String> recipients = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				recipients.add(queueWithoutDispatch("une-fois-" + i + "-" + UUID.randomUUID() + "@pignon.test"));
			}
			var first = newDispatcher();
			var second = newDispatcher();
			// when
			runTogether(first::dispatchPending, second::dispatchPending);
			// then
			Map<String, Long> received = receivedBy(recipients);
			assertThat(received).hasSize(recipients.size()).allSatisfy((recipient, count) -> assertThat(count)
				.as(recipient).isEqualTo(1));
			assertThat(pendingTo(recipients)).isZero();
		}

		@Test
		void sendsAMailRightAfterTheChangeThatCausedItIsCommitted() throws Exception {
			// given
			String recipient = "immediat-" + UUID.randomUUID() + "@pignon.test";
			// when
			mailer.send(recipient, "Objet : bienvenue", "Bonjour,\nvoici le message.");
			// then
			assertThat(receivedBy(List.of(recipient))).containsEntry(recipient, 1L);
			MimeMessage message = List.of(smtp.getReceivedMessages())
				.stream()
				.filter(received -> recipientOf(received).equals(recipient))
				.findFirst()
				.orElseThrow();
			assertThat(message.getSubject()).isEqualTo("Objet : bienvenue");
			// marked sent by the update that follows the server's acceptance, a moment after GreenMail has the mail
			await().atMost(Duration.ofSeconds(10)).until(() -> pendingTo(List.of(recipient)) == 0);
		}

	}

	@Nested
	class WithoutSmtpServer {

		@Autowired
		MockMvc mvc;

		@Test
		void keepsTheMailPendingForAdministratorsToRead() throws Exception {
			// given
			String recipient = "en-attente-" + UUID.randomUUID() + "@pignon.test";
			mailer.send(recipient, "Votre lien de connexion", "Ouvrez ce lien : https://pignon.test/x");
			UUID id = idOfMailTo(recipient);
			var accounts = new TestAccounts(context);
			PignonUser admin = accounts.signedIn(Role.ADMIN);
			PignonUser advisor = accounts.signedIn(Role.ADVISOR);
			// when
			String list = mvc.perform(get("/admin/outbox").with(user(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			String mail = mvc.perform(get("/admin/outbox/" + id).with(user(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			int advisorList = mvc.perform(get("/admin/outbox").with(user(advisor))).andReturn().getResponse().getStatus();
			int advisorMail = mvc.perform(get("/admin/outbox/" + id).with(user(advisor)))
				.andReturn()
				.getResponse()
				.getStatus();
			// then
			assertThat(pendingTo(List.of(recipient))).isEqualTo(1);
			assertThat(list).contains(recipient, "Votre lien de connexion", "En attente");
			assertThat(mail).contains("Ouvrez ce lien : https://pignon.test/x");
			assertThat(advisorList).isEqualTo(403);
			assertThat(advisorMail).isEqualTo(403);
		}

	}

	@Nested
	class WithAnUnreachableSmtpServer {

		static final int CLOSED_PORT = freePort();

		@DynamicPropertySource
		static void unreachableServer(DynamicPropertyRegistry properties) {
			properties.add("spring.mail.host", () -> "127.0.0.1");
			properties.add("spring.mail.port", () -> CLOSED_PORT);
			properties.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
			properties.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
		}

		@Autowired
		OutboxDispatcher dispatcher;

		@Test
		void keepsTheMailWithItsErrorAndSendsItOnceTheServerIsBack() throws Exception {
			// given: a long outage, every retry failing
			String recipient = "panne-" + UUID.randomUUID() + "@pignon.test";
			mailer.send(recipient, "Confirmez votre adresse courriel", "Bonjour");
			// the first attempt runs off the caller's thread, right after the commit
			String firstError = await().atMost(Duration.ofSeconds(10))
				.until(() -> lastErrorTo(recipient), error -> error != null && !error.isBlank());
			for (int retry = 0; retry < 12; retry++) {
				dispatcher.dispatchPending();
			}
			// when: the server comes back
			var smtp = new GreenMail(new ServerSetup(CLOSED_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			smtp.start();
			try {
				dispatcher.dispatchPending();
				// then
				assertThat(firstError).isNotBlank();
				assertThat(smtp.waitForIncomingEmail(5_000, 1)).as("the mail arrives once the server is back").isTrue();
				assertThat(smtp.getReceivedMessages()).filteredOn(message -> recipientOf(message).equals(recipient))
					.hasSize(1);
				assertThat(pendingTo(List.of(recipient))).isZero();
			}
			finally {
				smtp.stop();
			}
		}

		@Test
		void keepsAMailThatCouldNotBeSentAsPendingWithTheError() {
			// when
			String recipient = "refus-" + UUID.randomUUID() + "@pignon.test";
			mailer.send(recipient, "Objet", "Corps");
			// then, once the first attempt off the caller's thread has failed
			await().atMost(Duration.ofSeconds(10))
				.until(() -> lastErrorTo(recipient), error -> error != null && !error.isBlank());
			assertThat(pendingTo(List.of(recipient))).isEqualTo(1);
			assertThat(jdbc.sql("SELECT attempts FROM platform_mail WHERE recipient = :recipient")
				.param("recipient", recipient)
				.query(Integer.class)
				.single()).isPositive();
		}

	}

	/** A mail already in the outbox, written without the event that would send it at once. */
	private String queueWithoutDispatch(String recipient) {
		jdbc.sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, created_at)
				VALUES (:id, :recipient, 'En attente', 'Bonjour', :now)""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.param("now", Timestamp.from(Clock.systemUTC().instant()))
			.update();
		return recipient;
	}

	private OutboxDispatcher newDispatcher() {
		return new OutboxDispatcher(jdbc, context.getBeanProvider(JavaMailSender.class), context.getBean(MailSettings.class),
				Clock.systemUTC());
	}

	private static void runTogether(Runnable... dispatchers) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(dispatchers.length);
		try {
			var start = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			for (Runnable dispatcher : dispatchers) {
				runs.add(threads.submit(() -> {
					start.await();
					dispatcher.run();
					return null;
				}));
			}
			start.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdown();
		}
	}

	/** What GreenMail received for these recipients, once each has something or after five seconds. */
	private Map<String, Long> receivedBy(List<String> recipients) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		Map<String, Long> received;
		do {
			received = List.of(WithGreenMail.smtp.getReceivedMessages())
				.stream()
				.map(MailOutboxTests::recipientOf)
				.filter(recipients::contains)
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
			if (received.size() < recipients.size()) {
				Thread.sleep(50);
			}
		}
		while (received.size() < recipients.size() && System.nanoTime() < deadline);
		return received;
	}

	private static String recipientOf(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int pendingTo(List<String> recipients) {
		return jdbc.sql("SELECT count(*) FROM platform_mail WHERE sent_at IS NULL AND recipient IN (:recipients)")
			.param("recipients", recipients)
			.query(Integer.class)
			.single();
	}

	private UUID idOfMailTo(String recipient) {
		return jdbc.sql("SELECT id FROM platform_mail WHERE recipient = :recipient")
			.param("recipient", recipient)
			.query(UUID.class)
			.single();
	}

	private String lastErrorTo(String recipient) {
		return jdbc.sql("SELECT coalesce(last_error, '') FROM platform_mail WHERE recipient = :recipient")
			.param("recipient", recipient)
			.query(String.class)
			.single();
	}

	private static int freePort() {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
