package ca.pignon.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.awt.image.BufferedImage;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

import ca.pignon.PignonApplication;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.uploads.StoredUpload;
import ca.pignon.uploads.UploadManagement;
import ca.pignon.uploads.UploadedFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Pignon on one PostgreSQL, as behind a load balancer, started together on an empty database: each
 * knows what the other did (sessions, sign-in failures, files), and work meant to happen once happens once.
 */
class SeveralInstancesTests {

	static final String ADMIN = "premiere-admin-" + UUID.randomUUID() + "@pignon.test";

	static final GreenMail smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstancesTogether() {
		smtp.start();
		String database = "instances_" + UUID.randomUUID().toString().substring(0, 8);
		var one = CompletableFuture.supplyAsync(() -> instance(database, "a"));
		var two = CompletableFuture.supplyAsync(() -> instance(database, "b"));
		first = one.join();
		second = two.join();
	}

	@AfterAll
	static void stopThem() {
		for (var instance : new ConfigurableApplicationContext[] { first, second }) {
			if (instance != null) {
				instance.close();
			}
		}
		smtp.stop();
	}

	static ConfigurableApplicationContext instance(String database, String name) {
		return new SpringApplicationBuilder(PignonApplication.class).run("--server.port=0",
				"--pignon.test.database=" + database, "--pignon.data-dir=target/instance-" + name,
				"--server.tomcat.basedir=target/tomcat-instance-" + name,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--pignon.admin.email=" + ADMIN, "--pignon.admin.password=" + TestAccounts.PASSWORD);
	}

	@Test
	void aPersonSignedInOnOneInstanceGoesOnOnTheOther() {
		// given
		String email = new TestAccounts(first).create(Role.MANAGER);
		var onFirst = new WebSession(port(first));
		// when
		String landing = onFirst.signIn(email, TestAccounts.PASSWORD);
		var onSecond = new WebSession(port(second));
		onSecond.setCookie("JSESSIONID", onFirst.cookie("JSESSIONID"));
		// then
		assertThat(landing).isEqualTo("/start");
		assertThat(onSecond.get("/account").statusCode()).isEqualTo(200);
		assertThat(new WebSession(port(second)).get("/account").statusCode()).as("without the session")
			.isNotEqualTo(200);
		// and signing out on the second ends it on the first
		onSecond.signOut();
		assertThat(onFirst.get("/account").statusCode()).isNotEqualTo(200);
	}

	@Test
	void failedSignInsSpreadOverBothInstancesLockTheAccountOnBoth() {
		// given
		String email = new TestAccounts(first).create(Role.ADVISOR);
		int limit = first.getBean(LoginSettings.class).maxFailuresPerAccount();
		List<WebSession> browsers = List.of(new WebSession(port(first)), new WebSession(port(second)));
		// when: the failures alternate between the instances
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < limit; i++) {
			answers.add(browsers.get(i % 2).signIn(email, "pas le bon mot de passe " + i));
		}
		// then: the last one locks the account, on both, even with the right password
		assertThat(answers.subList(0, limit - 1)).containsOnly("/login?error");
		assertThat(answers.get(limit - 1)).isEqualTo("/login?blocked");
		assertThat(browsers.get(0).signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?blocked");
		assertThat(browsers.get(1).signIn(email, TestAccounts.PASSWORD)).isEqualTo("/login?blocked");
	}

	@Test
	void aFileSentThroughOneInstanceIsReadThroughTheOther() throws IOException {
		// given a merchant with a dossier
		var fixture = ApplicationFixture.anApplication(first.getBean(IntakeManagement.class));
		var application = fixture.submit();
		byte[] photo = png();
		// when the first instance keeps their photo
		StoredUpload stored = first.getBean(UploadManagement.class)
			.store(application.id(), file("vitrine.png", photo), user(first, fixture.email()));
		// then the second gives it back, byte for byte
		var read = second.getBean(UploadManagement.class).open(stored.id(), user(second, fixture.email()));
		assertThat(read).isPresent();
		assertThat(read.get().bytes()).isEqualTo(photo);
	}

	@Test
	void theFirstAdministratorIsCreatedOnceByTwoInstancesStartingTogether() {
		assertThat(jdbc().sql("SELECT count(*) FROM platform_account WHERE role = 'ADMIN'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(jdbc().sql("SELECT count(*) FROM platform_account WHERE email = :email")
			.param("email", ADMIN)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void everyScheduledJobTakesALockSharedByTheInstances() {
		List<String> unlocked = new ArrayList<>();
		List<String> locked = new ArrayList<>();
		for (Object bean : first.getBeansWithAnnotation(Component.class).values()) {
			Class<?> type = AopUtils.getTargetClass(bean);
			if (!type.getName().startsWith("ca.pignon")) {
				continue;
			}
			ReflectionUtils.doWithMethods(type, method -> {
				if (AnnotatedElementUtils.hasAnnotation(method, Scheduled.class)) {
					(AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class) ? locked : unlocked)
						.add(type.getSimpleName() + "." + method.getName());
				}
			});
		}
		assertThat(unlocked).as("scheduled without @SchedulerLock").isEmpty();
		assertThat(locked).contains("OutboxDispatcher.dispatchPending", "StuckEventRetry.resubmitStuckPublications",
				"LoginThrottle.forgetExpired");
	}

	@Test
	void aScheduledJobHeldByOneInstanceDoesNotRunOnTheOther() throws Exception {
		// given: the first instance runs the outbox's round, holding its lock
		String recipient = queued("verrou");
		var held = first.getBean(LockProvider.class)
			.lock(new LockConfiguration(Instant.now(), "pignon.outbox", Duration.ofMinutes(1), Duration.ZERO))
			.orElseThrow();
		try {
			// when the second one's round comes
			second.getBean(OutboxDispatcher.class).dispatchPending();
			// then it skips it
			assertThat(pending(recipient)).isEqualTo(1);
		}
		finally {
			held.unlock();
		}
		// and once the lock is free, it runs, and the mail arrives once
		second.getBean(OutboxDispatcher.class).dispatchPending();
		assertThat(receivedBy(List.of(recipient))).containsEntry(recipient, 1L);
		assertThat(pending(recipient)).isZero();
	}

	@Test
	void aMailLeftByAnInstanceThatDiedMidSendIsSentOnceAndALivingLeaseIsRespected() throws Exception {
		// given: a mail whose lease ran out (its instance died while sending), one leased by a living instance
		String orphan = queued("orpheline");
		String leased = queued("en-cours");
		lease(orphan, Instant.now().minusSeconds(1));
		lease(leased, Instant.now().plus(Duration.ofMinutes(10)));
		// and a burst of mail waiting
		List<String> burst = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			burst.add(queued("rafale-" + i));
		}
		// when both instances dispatch at once
		var one = CompletableFuture.runAsync(() -> first.getBean(OutboxDispatcher.class).dispatchPending());
		var two = CompletableFuture.runAsync(() -> second.getBean(OutboxDispatcher.class).dispatchPending());
		CompletableFuture.allOf(one, two).join();
		first.getBean(OutboxDispatcher.class).dispatchPending();
		// then every mail but the leased one arrived exactly once
		List<String> expected = new ArrayList<>(burst);
		expected.add(orphan);
		assertThat(receivedBy(expected)).hasSize(expected.size())
			.allSatisfy((recipient, count) -> assertThat(count).as(recipient).isEqualTo(1));
		assertThat(pending(leased)).isEqualTo(1);
		assertThat(List.of(smtp.getReceivedMessages())).extracting(SeveralInstancesTests::recipientOf)
			.doesNotContain(leased);
	}

	static String queued(String who) {
		String recipient = who + "-" + UUID.randomUUID() + "@pignon.test";
		jdbc().sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, created_at)
				VALUES (:id, :recipient, 'Plusieurs instances', 'Bonjour', now())""")
			.param("id", UUID.randomUUID())
			.param("recipient", recipient)
			.update();
		return recipient;
	}

	static void lease(String recipient, Instant until) {
		jdbc().sql("UPDATE platform_mail SET claimed_until = :until, attempts = 1 WHERE recipient = :recipient")
			.param("until", Timestamp.from(until))
			.param("recipient", recipient)
			.update();
	}

	static int pending(String recipient) {
		return jdbc().sql("SELECT count(*) FROM platform_mail WHERE sent_at IS NULL AND recipient = :recipient")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	/** What GreenMail received for these recipients, once each has something and a little more, or after ten seconds. */
	static Map<String, Long> receivedBy(List<String> recipients) throws InterruptedException {
		long deadline = System.nanoTime() + 10_000_000_000L;
		Map<String, Long> received;
		do {
			Thread.sleep(200);
			received = List.of(smtp.getReceivedMessages())
				.stream()
				.map(SeveralInstancesTests::recipientOf)
				.filter(recipients::contains)
				.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		}
		while (received.size() < recipients.size() && System.nanoTime() < deadline);
		return received;
	}

	static String recipientOf(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static JdbcClient jdbc() {
		return first.getBean(JdbcClient.class);
	}

	static PignonUser user(ConfigurableApplicationContext instance, String email) {
		return (PignonUser) instance.getBean(UserDetailsService.class).loadUserByUsername(email);
	}

	static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	static byte[] png() throws IOException {
		var image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	static UploadedFile file(String name, byte[] bytes) {
		return new UploadedFile() {
			@Override
			public String originalName() {
				return name;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}

}
