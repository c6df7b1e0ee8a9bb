package ca.pignon.ops;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import ca.pignon.intake.ApplicationFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's cluster, as {@code ops/cluster/run.sh} starts it: Debian's PostgreSQL 15, two Pignon instances in the
 * prod profile (separate processes, from this build's classes) and HAProxy in front, all on loopback. A session goes
 * on from one instance to the other, sign-in failures spread over both lock the account on both, readiness follows
 * PostgreSQL, a dump restored into a new database is the same program, an instance killed with SIGKILL while
 * invitations and the advisors' weekly summaries go out loses none and runs no summary twice, a copy sent again being
 * the same message by its Message-ID (GreenMail on port 3625), a photo uploaded through one instance is served by the
 * other, and an audit job whose instance is killed in the middle is finished by the other. Also
 * what CI checks of PostgreSQL 15: the migrations run on it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTests {

	static final String ADMIN = "admin@grappe.test";

	static final String PASSWORD = "une phrase de passe solide pour la grappe";

	static final Path SCRIPT = Path.of("ops/cluster/run.sh").toAbsolutePath();

	static final java.util.regex.Pattern CHECK = java.util.regex.Pattern.compile("^(\\s*CONSTRAINT \\S+) CHECK .*$");

	static GreenMail mail;

	static Path dir;

	static Map<String, String> env = new LinkedHashMap<>();

	static int pg;

	static int proxy;

	static int[] instances;

	static int[] management;

	/** The advisors and the merchant that {@link ClusterSeeding} wrote into the cluster's database (order 5). */
	static ClusterSeeding.Seeded seeded;

	@BeforeAll
	static void startCluster() throws Exception {
		ensureInstalled();
		mail = greenMail();
		mail.start();
		dir = Files.createTempDirectory("pignon-cluster");
		dir.toFile().setExecutable(true, false);
		dir.toFile().setReadable(true, false);
		int[] ports = freePorts(6);
		pg = ports[0];
		proxy = ports[1];
		instances = new int[] { ports[2], ports[3] };
		management = new int[] { ports[4], ports[5] };
		env.put("CLUSTER_DIR", dir.toString());
		env.put("PG_PORT", String.valueOf(pg));
		env.put("HTTP_PORT", String.valueOf(proxy));
		env.put("INSTANCE_PORTS", instances[0] + " " + instances[1]);
		env.put("MANAGEMENT_PORTS", management[0] + " " + management[1]);
		env.put("PIGNON_CLASSPATH", runtimeClasspath());
		env.put("JAVA_OPTS", "-Xmx384m -XX:TieredStopAtLevel=1");
		env.put("SPRING_MAIL_HOST", "127.0.0.1");
		env.put("SPRING_MAIL_PORT", "3625");
		env.put("PIGNON_MAIL_LEASE", "PT10S");
		env.put("PIGNON_MAIL_RETRY_DELAY", "PT2S");
		env.put("PIGNON_ADMIN_EMAIL", ADMIN);
		env.put("PIGNON_ADMIN_PASSWORD", PASSWORD);
		// the audit test's site is on loopback; an instance silent for 4 s has its audit job run elsewhere
		env.put("PIGNON_WEBAUDIT_ALLOWED_HOSTS", "127.0.0.1:*");
		env.put("PIGNON_WEBAUDIT_JOBS_HEARTBEAT", "1s");
		// the advisors' weekly summary: due all week long (from Monday 0:00), looked for every 3 s; its lock, held
		// 30 s at least after each run, makes that one run every 30 s or so across the instances
		env.put("PIGNON_FOLLOWUP_ADVISOR_SUMMARY_DAY", "MONDAY");
		env.put("PIGNON_FOLLOWUP_ADVISOR_SUMMARY_TIME", "00:00");
		env.put("PIGNON_FOLLOWUP_ADVISOR_SUMMARY_CHECK_EVERY", "PT3S");
		run(Duration.ofMinutes(8), "start");
	}

	@AfterAll
	static void stopCluster() throws Exception {
		try {
			if (env.containsKey("CLUSTER_DIR")) {
				run(Duration.ofMinutes(2), "stop");
			}
		}
		finally {
			if (mail != null) {
				mail.stop();
			}
			if (dir != null) {
				new ProcessBuilder("rm", "-rf", dir.toString()).start().waitFor(1, TimeUnit.MINUTES);
			}
		}
	}

	@Test
	@Order(1)
	void aSessionOpenedThroughTheProxyGoesOnOnEitherInstance() {
		var browser = new Browser(proxy);
		assertThat(browser.signIn(ADMIN, PASSWORD)).isEqualTo(302);
		for (int port : instances) {
			var page = browser.on(port).get("/account");
			assertThat(page.statusCode()).as("instance on port %d", port).isEqualTo(200);
			assertThat(page.body()).contains(ADMIN);
		}
	}

	@Test
	@Order(2)
	void failedSignInsSpreadOverBothInstancesLockTheAccountOnBoth() {
		var admin = new Browser(proxy);
		admin.signIn(ADMIN, PASSWORD);
		String email = "verrou-" + UUID.randomUUID() + "@grappe.test";
		assertThat(admin.invite(email)).isEqualTo(302);
		for (int attempt = 0; attempt < 6; attempt++) {
			var browser = new Browser(instances[attempt % 2]);
			browser.signIn(email, "pas le bon mot de passe " + attempt);
		}
		for (int port : instances) {
			var browser = new Browser(port);
			browser.signIn(email, "pas le bon mot de passe non plus");
			assertThat(browser.lastLocation).as("instance on port %d", port).endsWith("/login?blocked");
		}
	}

	@Test
	@Order(3)
	void readinessGoesDownAndUpWithPostgres() throws Exception {
		pgCtl("stop", "-m", "fast");
		try {
			for (int port : management) {
				waitFor(Duration.ofSeconds(120), () -> readiness(port) == 503);
			}
		}
		finally {
			pgCtl("start", "-o", "-p " + pg + " -k " + dir + " -c listen_addresses=127.0.0.1", "-l",
					dir.resolve("postgres.log").toString());
		}
		for (int port : management) {
			waitFor(Duration.ofSeconds(120), () -> readiness(port) == 200);
		}
		// HAProxy checks each instance every second and takes it back after two good answers
		waitFor(Duration.ofSeconds(30), () -> new Browser(proxy).get("/").statusCode() == 200);
	}

	@Test
	@Order(4)
	void aDumpRestoredIntoANewDatabaseIsTheSameProgram() throws Exception {
		Path dump = dir.resolve("pignon.dump");
		Path before = dir.resolve("before.sql");
		Path after = dir.resolve("after.sql");
		// one dump of everything (files included: they are in PostgreSQL), as docs/operations.md says
		command("/usr/lib/postgresql/15/bin/pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(pg), "-U", "postgres",
				"-Fc", "-f", dump.toString(), "pignon");
		command("/usr/lib/postgresql/15/bin/createdb", "-h", "127.0.0.1", "-p", String.valueOf(pg), "-U", "postgres",
				"restored");
		command("/usr/lib/postgresql/15/bin/pg_restore", "-h", "127.0.0.1", "-p", String.valueOf(pg), "-U",
				"postgres", "--no-owner", "-d", "restored", dump.toString());
		// the restored database, dumped again, is the same as the dump (the instances go on writing to the first)
		command("/usr/lib/postgresql/15/bin/pg_restore", "-f", before.toString(), dump.toString());
		Path again = dir.resolve("restored.dump");
		command("/usr/lib/postgresql/15/bin/pg_dump", "-h", "127.0.0.1", "-p", String.valueOf(pg), "-U", "postgres",
				"-Fc", "-f", again.toString(), "restored");
		command("/usr/lib/postgresql/15/bin/pg_restore", "-f", after.toString(), again.toString());
		List<String> original = meaningful(before);
		List<String> restored = meaningful(after);
		assertThat(original).anyMatch(line -> line.startsWith("COPY public.platform_account "));
		assertThat(original).anyMatch(line -> line.contains(ADMIN));
		assertThat(restored.stream().filter(line -> !original.contains(line)).toList())
			.as("lines of the restored database's dump that the first dump does not have")
			.isEmpty();
		assertThat(original.stream().filter(line -> !restored.contains(line)).toList())
			.as("lines of the first dump missing from the restored database's")
			.isEmpty();
		assertThat(restored).isEqualTo(original);
	}

	@Test
	@Order(5)
	void anInstanceKilledWhileInvitationsAndAWeeklySummaryGoOutLosesNoneAndSendsNoneTwice() throws Exception {
		// given: the SMTP server away, so that what follows waits in the outbox; six advisors who each accompany a
		// merchant, and the week's summary run (every 3 s here, on one instance at a time) that claims one for each
		mail.stop();
		seeded = ClusterSeeding.seed(pg, "http://127.0.0.1:" + proxy, dir.resolve("seeder").toString(), 6);
		List<String> advisors = seeded.advisors();
		waitFor(Duration.ofSeconds(180), () -> summaryClaims(advisors) == advisors.size());
		var admin = new Browser(instances[0]);
		admin.signIn(ADMIN, PASSWORD);
		List<String> invited = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			String email = "rafale-" + i + "-" + UUID.randomUUID() + "@grappe.test";
			assertThat(admin.invite(email)).isEqualTo(302);
			invited.add(email);
		}
		// when: the SMTP server comes back, one more invitation sets instance 1 sending all that waits (the
		// invitations first: they were tried least), and instance 1 is killed once the first mails have arrived
		mail = greenMail();
		mail.start();
		String last = "rafale-derniere-" + UUID.randomUUID() + "@grappe.test";
		assertThat(admin.invite(last)).isEqualTo(302);
		invited.add(last);
		Instant end = Instant.now().plus(Duration.ofSeconds(60));
		while (mail.getReceivedMessages().length < 3) {
			assertThat(Instant.now()).as("the first mails after the SMTP server came back").isBefore(end);
			Thread.sleep(10);
		}
		run(Duration.ofMinutes(1), "kill", "1");
		String killedAt = query("SELECT now()");
		// then: every mail arrives, from the instance left
		waitFor(Duration.ofSeconds(120), () -> received(invited).containsAll(invited)
				&& summaries(advisors).keySet().containsAll(advisors));
		// the summary run comes again on the instance left (its lock is held 30 s at least after each run): it finds
		// the week's claims and queues nothing more; unless the kill fell in the middle of a later run of instance 1
		// (it had claimed them all before), whose lock then holds until its ten minutes have passed
		waitFor(Duration.ofSeconds(120), () -> query("SELECT count(*) FROM shedlock WHERE name = "
				+ "'followup.advisor-summary' AND (locked_at > '" + killedAt + "' OR lock_until > TIMESTAMPTZ '"
				+ killedAt + "' + INTERVAL '1 minute')").equals("1"));
		// a mail the killed instance held is sent once its lease (10 s here) has run out: wait past it
		Thread.sleep(Duration.ofSeconds(15).toMillis());
		// none lost; a second copy can only come from the instance dying between the SMTP server's acceptance and
		// the update that follows (SMTP has no exactly-once), and it is then the same message, by its Message-ID,
		// which mailboxes that deduplicate show once
		assertThat(received(invited)).containsAll(invited);
		var messageIds = messageIds(invited, "");
		assertThat(messageIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
		assertThat(messageIds.values().stream().flatMap(java.util.Set::stream).distinct().count())
			.isEqualTo(invited.size());
		// one summary for each advisor: one claim for the week, one message
		assertThat(summaryClaims(advisors)).isEqualTo(advisors.size());
		assertThat(summaries(advisors).keySet()).containsExactlyInAnyOrderElementsOf(advisors);
		assertThat(summaries(advisors).values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
		// and the proxy goes on with the instance left
		assertThat(new Browser(proxy).get("/").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(6)
	void aPhotoUploadedThroughOneInstanceIsServedByTheOther() throws Exception {
		assertThat(seeded).as("the merchant seeded by the previous test").isNotNull();
		bothInstancesUp();
		var merchant = new Browser(instances[0]);
		assertThat(merchant.signIn(seeded.merchant().email(), ApplicationFixture.PASSWORD)).isEqualTo(302);
		String task = "/progress/my/actions/" + ClusterSeeding.TASK;
		var form = Jsoup.parse(merchant.get(task).body()).selectFirst("form[action$=/done]");
		assertThat(form).as("the task's form").isNotNull();
		byte[] photo = jpeg();
		var done = merchant.postMultipart(form.attr("action"),
				Map.of("_csrf", form.selectFirst("input[name=_csrf]").val(), "version",
						form.selectFirst("input[name=version]").val(), "note", "La vitrine de la grappe"),
				"file", "vitrine.jpg", "image/jpeg", photo);
		assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
		var link = Jsoup.parse(merchant.get(task).body()).selectFirst("a[href^=/uploads/]");
		assertThat(link).as("the photo's link on the task's page").isNotNull();
		var served = merchant.getBytes(link.attr("href"));
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		// a JPEG (what it kept of the photo: its metadata may be stripped), served the same by the other instance
		assertThat(served.body()).startsWith(0xFF, 0xD8).hasSizeGreaterThan(100);
		var elsewhere = merchant.on(instances[1]).getBytes(link.attr("href"));
		assertThat(elsewhere.statusCode()).isEqualTo(200);
		assertThat(elsewhere.body()).isEqualTo(served.body());
		// the staff see it through the other instance too (an administrator may open every dossier), and nobody
		// without a session does
		var staff = new Browser(instances[1]);
		assertThat(staff.signIn(ADMIN, PASSWORD)).isEqualTo(302);
		var seenByStaff = staff.getBytes(link.attr("href"));
		assertThat(seenByStaff.statusCode()).isEqualTo(200);
		assertThat(seenByStaff.body()).isEqualTo(served.body());
		for (int port : instances) {
			assertThat(new Browser(port).getBytes(link.attr("href")).statusCode()).as("instance on port %d", port)
				.isNotEqualTo(200);
		}
	}

	@Test
	@Order(7)
	void anAuditJobWhoseInstanceIsKilledIsFinishedByTheOther() throws Exception {
		// given: both instances up again, and a site that holds its home page back until the test lets it go
		bothInstancesUp();
		var gate = new java.util.concurrent.CountDownLatch(1);
		try (var site = ca.pignon.webaudit.FixtureSite.http("complete")) {
			site.route("/", exchange -> {
				try {
					gate.await(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				ca.pignon.webaudit.FixtureSite.send(exchange, 200, "text/html; charset=utf-8",
						"<!DOCTYPE html><html lang=\"fr-CA\"><head><title>Boulangerie de la grappe</title></head>"
								+ "<body><p>Du pain.</p></body></html>");
			});
			var admin = new Browser(proxy);
			admin.signIn(ADMIN, PASSWORD);
			// when: an audit is asked for as a job, and the instance that picked it dies in the middle
			var accepted = admin.postJson("/api/v1/web-audits", "{\"url\": \"" + site.url("/") + "\"}",
					"Prefer", "respond-async");
			assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
			String job = accepted.headers().firstValue("Location").orElseThrow();
			String id = job.substring(job.lastIndexOf('/') + 1);
			waitFor(Duration.ofSeconds(60), () -> site.requests().stream().anyMatch(seen -> seen.path().equals("/")));
			String pickedBy = query("SELECT picked_by FROM scheduled_tasks WHERE task_instance = '" + id + "'");
			int running = pickedBy.endsWith("-" + Files.readString(dir.resolve("pignon-1.pid")).strip()) ? 1 : 2;
			assertThat(pickedBy).as("picked by one of the instances").endsWith(
					"-" + Files.readString(dir.resolve("pignon-" + running + ".pid")).strip());
			run(Duration.ofMinutes(1), "kill", String.valueOf(running));
			gate.countDown();
			// then: the other instance takes it over and finishes it, once
			waitFor(Duration.ofSeconds(120), () -> admin.getJson(job).body().contains("\"status\":\"done\""));
			assertThat(admin.getJson(job).body()).contains("\"id\":\"reachable\"", "\"status\":\"PASS\"");
			assertThat(site.requests().stream().filter(seen -> seen.path().equals("/")).count())
				.as("the home page read by the instance that died, then by the one that finished").isGreaterThanOrEqualTo(2);
			assertThat(query("SELECT count(*) FROM webaudit_run r JOIN webaudit_job j ON j.run_id = r.id "
					+ "WHERE j.id = '" + id + "'")).isEqualTo("1");
		}
	}

	/**
	 * Debian's postgresql-15, haproxy and curl: installed with apt-get when missing and the tests run as root (as
	 * {@code .ci/run} does), so that the README's test command needs nothing by hand; otherwise the test fails with
	 * what to install, never skipped.
	 */
	private static void ensureInstalled() throws Exception {
		List<Path> needed = List.of(Path.of("/usr/lib/postgresql/15/bin/initdb"), Path.of("/usr/sbin/haproxy"),
				Path.of("/usr/bin/curl"));
		if (needed.stream().allMatch(Files::isExecutable)) {
			return;
		}
		if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
			command("apt-get", "update", "-qq");
			command("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq",
					"--no-install-recommends", "postgresql-15", "haproxy", "curl");
		}
		assertThat(needed).as("the cluster test needs Debian's postgresql-15, haproxy and curl: "
				+ "apt-get install postgresql-15 haproxy curl")
			.allMatch(Files::isExecutable);
	}

	private static GreenMail greenMail() {
		return new GreenMail(new ServerSetup(3625, "127.0.0.1", "smtp"))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	/** Starts the instances a previous test killed, and waits until they are ready. */
	private static void bothInstancesUp() throws Exception {
		for (int n = 1; n <= 2; n++) {
			if (!Files.exists(dir.resolve("pignon-" + n + ".pid"))) {
				run(Duration.ofMinutes(4), "start-instance", String.valueOf(n));
			}
		}
	}

	/** The weekly summaries claimed for these advisors, all weeks together (one row per advisor and week). */
	private static int summaryClaims(List<String> advisors) {
		return Integer.parseInt(query("SELECT count(*) FROM followup_notification n JOIN platform_account a "
				+ "ON a.id = n.recipient WHERE n.kind = 'ADVISOR_WEEKLY' AND a.email IN ('"
				+ String.join("', '", advisors) + "')"));
	}

	/** The Message-IDs of the weekly summaries GreenMail received, by recipient among these advisors. */
	private static Map<String, java.util.Set<String>> summaries(List<String> advisors) {
		return messageIds(advisors, "Pignon : votre semaine de suivi");
	}

	/** The Message-IDs of the mails GreenMail received whose subject starts so, by recipient among these. */
	private static Map<String, java.util.Set<String>> messageIds(List<String> among, String subject) {
		var messageIds = new LinkedHashMap<String, java.util.Set<String>>();
		for (var message : mail.getReceivedMessages()) {
			try {
				String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
				if (among.contains(to) && message.getSubject().startsWith(subject)) {
					messageIds.computeIfAbsent(to, key -> new java.util.HashSet<>()).add(message.getMessageID());
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return messageIds;
	}

	/** A real photo, as a phone would send it (small). */
	private static byte[] jpeg() throws IOException {
		var image = new java.awt.image.BufferedImage(96, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new java.awt.Color(0x2E, 0x6B, 0x4F));
		graphics.fillRect(0, 0, 96, 64);
		graphics.setColor(java.awt.Color.ORANGE);
		graphics.fillOval(20, 12, 40, 40);
		graphics.dispose();
		var bytes = new java.io.ByteArrayOutputStream();
		assertThat(javax.imageio.ImageIO.write(image, "jpg", bytes)).isTrue();
		return bytes.toByteArray();
	}

	/** Every recipient among these of every mail GreenMail received, once per mail. */
	private static List<String> received(List<String> among) {
		List<String> recipients = new ArrayList<>();
		for (var message : mail.getReceivedMessages()) {
			try {
				for (var address : message.getRecipients(Message.RecipientType.TO)) {
					String email = address.toString();
					if (among.contains(email)) {
						recipients.add(email);
					}
				}
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return recipients;
	}

	/**
	 * The dump's statements and rows, without the comments that name the database or the dump's moment, and with each
	 * CHECK constraint reduced to its name: PostgreSQL prints a restored {@code IN (...)} check on varchar with other
	 * casts than the one the migration created (same meaning, other text).
	 */
	private static List<String> meaningful(Path sql) throws IOException {
		return Files.readAllLines(sql)
			.stream()
			.filter(line -> !line.startsWith("--") && !line.isBlank())
			.filter(line -> !line.startsWith("\\restrict") && !line.startsWith("\\unrestrict"))
			.map(line -> CHECK.matcher(line).replaceFirst("$1 CHECK"))
			.toList();
	}

	private static int readiness(int port) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
					// the database's check waits for a connection up to Hikari's 30 s before it answers 503
					.timeout(Duration.ofSeconds(45))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static void pgCtl(String... arguments) throws Exception {
		// PostgreSQL refuses to run as root: as root (CI), as the postgres user, as run.sh does
		var command = new ArrayList<String>("root".equals(System.getProperty("user.name"))
				? List.of("runuser", "-u", "postgres", "--") : List.of());
		command.addAll(List.of("/usr/lib/postgresql/15/bin/pg_ctl", "-D", dir.resolve("pg").toString(), "-w"));
		command.addAll(Arrays.asList(arguments));
		command(command.toArray(String[]::new));
	}

	private static void run(Duration timeout, String... arguments) throws Exception {
		var command = new ArrayList<String>(List.of(SCRIPT.toString()));
		command.addAll(Arrays.asList(arguments));
		var builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(env);
		execute(builder, timeout);
	}

	/** One value read from the cluster's database with psql. */
	private static String query(String sql) {
		var builder = new ProcessBuilder("/usr/lib/postgresql/15/bin/psql", "-X", "-At", "-h", "127.0.0.1", "-p", String.valueOf(pg),
				"-U", "postgres", "-d", "pignon", "-c", sql)
			.redirectErrorStream(true);
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
			assertThat(process.exitValue()).as(output).isZero();
			return output;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void command(String... command) throws Exception {
		execute(new ProcessBuilder(command).redirectErrorStream(true), Duration.ofMinutes(2));
	}

	private static void execute(ProcessBuilder builder, Duration timeout) throws Exception {
		Path output = Files.createTempFile("pignon-cluster", ".log");
		Process process = builder.redirectOutput(output.toFile()).start();
		boolean ended = process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
		String log = Files.readString(output);
		Files.deleteIfExists(output);
		if (!ended) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", builder.command()) + " did not end: " + log);
		}
		assertThat(process.exitValue()).as(String.join(" ", builder.command()) + " answered: " + log).isZero();
	}

	private static void waitFor(Duration timeout, BooleanSupplier condition) throws InterruptedException {
		Instant end = Instant.now().plus(timeout);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited %s", timeout).isBefore(end);
			Thread.sleep(250);
		}
	}

	private static int[] freePorts(int count) throws IOException {
		var sockets = new ArrayList<ServerSocket>();
		try {
			for (int i = 0; i < count; i++) {
				sockets.add(new ServerSocket(0));
			}
			return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
		}
		finally {
			for (var socket : sockets) {
				socket.close();
			}
		}
	}

	/** The main classes and runtime libraries of this build (Surefire hides them behind a manifest-only jar). */
	private static String runtimeClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(java.io.File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(java.io.File.pathSeparator));
	}

	/** A browser as far as the server can tell: cookies kept, redirects not followed, the pages' CSRF token sent. */
	static final class Browser {

		final CookieManager cookies;

		final HttpClient client;

		final String base;

		String lastLocation = "";

		Browser(int port) {
			this(port, new CookieManager());
		}

		private Browser(int port, CookieManager cookies) {
			this.cookies = cookies;
			this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.build();
			this.base = "http://127.0.0.1:" + port;
		}

		/** The same browser (its cookies) talking to another port, as a load balancer may send it anywhere. */
		Browser on(int port) {
			// cookies are kept per host, not per port: 127.0.0.1 is one host for every instance
			return new Browser(port, cookies);
		}

		HttpResponse<String> get(String path) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
		}

		HttpResponse<String> getJson(String path) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET());
		}

		int signIn(String email, String password) {
			var answer = post("/login", Map.of("username", email, "password", password));
			lastLocation = answer.headers().firstValue("Location").orElse("");
			return answer.statusCode();
		}

		int invite(String email) {
			return post("/admin/accounts", Map.of("email", email, "displayName", "Personne de la grappe", "role",
					"ADVISOR")).statusCode();
		}

		/** A JSON request as an integration signed in by session sends it: the CSRF token in its header. */
		HttpResponse<String> postJson(String path, String json, String... headers) {
			var page = Jsoup.parse(get("/login").body());
			var request = HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.header("Accept", "application/json")
				.header(page.selectFirst("meta[name=_csrf_header]").attr("content"),
						page.selectFirst("meta[name=_csrf]").attr("content"))
				.POST(HttpRequest.BodyPublishers.ofString(json));
			for (int i = 0; i + 1 < headers.length; i += 2) {
				request.header(headers[i], headers[i + 1]);
			}
			return send(request);
		}

		HttpResponse<byte[]> getBytes(String path) {
			try {
				return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofByteArray());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		/** A form with one file, as a browser sends it ({@code multipart/form-data}); the CSRF token among the fields. */
		HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
				String contentType, byte[] file) {
			String boundary = "----grappe" + UUID.randomUUID();
			var body = new java.io.ByteArrayOutputStream();
			fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
					+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
					+ "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
		}

		HttpResponse<String> post(String path, Map<String, String> form) {
			var page = Jsoup.parse(get("/login").body());
			var fields = new LinkedHashMap<>(form);
			fields.put("_csrf", page.selectFirst("meta[name=_csrf]").attr("content"));
			String body = fields.entrySet()
				.stream()
				.map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return client.send(request.timeout(Duration.ofSeconds(30)).build(),
						HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
