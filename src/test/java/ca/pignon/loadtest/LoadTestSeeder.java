package ca.pignon.loadtest;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.pignon.PignonApplication;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountManagement;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.territory.TerritoryManagement;

/**
 * Seeds a Pignon database of its own for the load test of docs/performance.md: 10,000 fictional, eligible, submitted
 * applications at real addresses, an administrator, a manager and twelve advisors, an open round over the
 * applications with reviews and decisions (see {@link Seeding}).
 *
 * <pre>
 * ./mvnw -q -Ploadtest test-compile exec:exec                       # into target/loadtest-data
 * PIGNON_DATA_DIR=/tmp/elsewhere LOADTEST_APPLICATIONS=2000 ./mvnw -q -Ploadtest test-compile exec:exec
 * </pre>
 *
 * It starts Pignon without its web server on the embedded PostgreSQL of {@code PIGNON_DATA_DIR} (by default
 * {@code target/loadtest-data}, never the developer's {@code ./data}), refuses an external database and a database
 * that already holds applications, and writes {@code loadtest-seed.properties} next to the database when it is done:
 * the round, the accounts and the seeding times, which {@code src/test/loadtest/run.sh} reads.
 * <p>
 * It runs on the test class path, where two things meant for the tests are set aside: the initializer that gives
 * every test context a throwaway database, and the test settings in {@code config/application.properties} (only the
 * application's own {@code application.properties} is read, as the jar does).
 */
public final class LoadTestSeeder {

	static final String RECORD = "loadtest-seed.properties";

	private static final Logger log = LoggerFactory.getLogger(LoadTestSeeder.class);

	private LoadTestSeeder() {
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> env = System.getenv();
		Path dataDir = Path.of(env.getOrDefault("PIGNON_DATA_DIR", "target/loadtest-data")).toAbsolutePath().normalize();
		int applications = Integer.parseInt(env.getOrDefault("LOADTEST_APPLICATIONS", "10000"));
		int threads = Integer.parseInt(env.getOrDefault("LOADTEST_THREADS", "3"));
		if (dataDir.equals(Path.of("data").toAbsolutePath().normalize())) {
			fail("PIGNON_DATA_DIR is the developer's ./data: choose a directory of its own for the load test");
		}
		// the cluster's throughput measurement (ops/cluster/throughput.sh) seeds its PostgreSQL server on purpose
		boolean external = "yes".equals(env.get("LOADTEST_EXTERNAL_DATABASE"));
		if (!env.getOrDefault("SPRING_DATASOURCE_URL", "").isBlank() && !external) {
			fail("SPRING_DATASOURCE_URL is set: the load-test seeder only fills its own embedded database "
					+ "(LOADTEST_EXTERNAL_DATABASE=yes to seed that server's database, as ops/cluster/throughput.sh does)");
		}
		Path record = dataDir.resolve(RECORD);
		if (Files.exists(record)) {
			log.info("{} already seeded ({}): nothing to do", dataDir, record);
			return;
		}
		Files.createDirectories(dataDir);
		int status = 0;
		try (ConfigurableApplicationContext context = application().run(
				"--spring.config.location=classpath:/application.properties", "--pignon.data-dir=" + dataDir,
				"--server.port=-1", "--pignon.public-url=http://localhost:8180",
				"--pignon.security.bcrypt-strength=12", "--pignon.admin.email=" + Seeding.ADMIN_EMAIL,
				"--pignon.admin.password=" + Seeding.PASSWORD, "--logging.level.io.zonky=WARN",
				"--spring.main.banner-mode=off")) {
			var seeding = new Seeding(context.getBean(IntakeManagement.class), context.getBean(AccountManagement.class),
					context.getBean(ca.pignon.platform.EmailAddressManagement.class),
					context.getBean(SelectionManagement.class), context.getBean(TerritoryManagement.class),
					context.getBean(JdbcClient.class),
					new TransactionTemplate(context.getBean(PlatformTransactionManager.class)),
					(LoadTestSeederConfiguration.SeedClock) context.getBean(Clock.class));
			var result = seeding.seed(Seeding.Plan.forApplications(applications, threads));
			write(record, result, applications, threads);
			log.info("Seeded {}: {}", dataDir, result);
		}
		catch (RuntimeException ex) {
			log.error("Seeding failed", ex);
			status = 1;
		}
		// the embedded database and the executors are closed with the context; nothing else must keep the JVM
		System.exit(status);
	}

	/** Pignon without the test contexts' throwaway database, for a seeding process (this one, ClusterTests'). */
	public static SpringApplication application() {
		var application = new SpringApplication(PignonApplication.class, LoadTestSeederConfiguration.class);
		List<ApplicationContextInitializer<?>> initializers = application.getInitializers()
			.stream()
			.filter(initializer -> !initializer.getClass().getName().equals("ca.pignon.TestDatabaseInitializer"))
			.toList();
		application.setInitializers(initializers);
		application.addInitializers(context -> context.getBeanFactory()
			.registerSingleton("loadTestExcludesTestSources", new LoadTestSeederConfiguration.ExcludeTestSources()));
		return application;
	}

	private static void write(Path record, Seeding.Result result, int applications, int threads) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("seeded.at", Instant.now().toString());
		properties.setProperty("round.id", result.round().value().toString());
		properties.setProperty("round.name", Seeding.ROUND_NAME);
		properties.setProperty("manager.email", Seeding.MANAGER_EMAIL);
		properties.setProperty("admin.email", Seeding.ADMIN_EMAIL);
		properties.setProperty("password", Seeding.PASSWORD);
		properties.setProperty("applications", String.valueOf(result.applications()));
		properties.setProperty("applications.requested", String.valueOf(applications));
		properties.setProperty("threads", String.valueOf(threads));
		properties.setProperty("places", String.valueOf(result.places()));
		properties.setProperty("reviewed", String.valueOf(result.reviewed()));
		properties.setProperty("reviews.submitted", String.valueOf(result.reviewsSubmitted()));
		properties.setProperty("conflicts", String.valueOf(result.conflicts()));
		properties.setProperty("flagged", String.valueOf(result.flagged()));
		properties.setProperty("retained", String.valueOf(result.retained()));
		properties.setProperty("waitlisted", String.valueOf(result.waitlisted()));
		properties.setProperty("notRetained", String.valueOf(result.notRetained()));
		properties.setProperty("withdrawn", String.valueOf(result.withdrawn()));
		result.arrondissements().forEach((name, count) -> properties.setProperty("arrondissement." + name,
				String.valueOf(count)));
		result.durations().forEach((step, duration) -> properties.setProperty("duration." + step,
				String.valueOf(duration.toSeconds())));
		try (Writer writer = Files.newBufferedWriter(record, StandardCharsets.UTF_8)) {
			properties.store(writer, "Pignon load-test data (fictional), written by ca.pignon.loadtest.LoadTestSeeder");
		}
	}

	private static void fail(String message) {
		log.error(message);
		System.exit(2);
	}

}
