package ca.pignon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every Spring test context a fresh database of its own on one real PostgreSQL per test JVM: the embedded one
 * (zonky) unless {@code SPRING_DATASOURCE_URL} points at a server, whose user must then be allowed to create
 * databases. Registered in {@code META-INF/spring.factories}. Two contexts given the same {@code pignon.test.database}
 * share that database (two instances of Pignon on one PostgreSQL); {@code pignon.test.database=none} gives none at all
 * (what an instance without {@code SPRING_DATASOURCE_URL} sees).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger contexts = new AtomicInteger();

	private static volatile Server server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		var environment = context.getEnvironment();
		String shared = environment.getProperty("pignon.test.database", "");
		if ("none".equals(shared)) {
			return;
		}
		Server current = server(environment.getProperty("spring.datasource.url", ""),
				environment.getProperty("spring.datasource.username", ""),
				environment.getProperty("spring.datasource.password", ""));
		String database;
		if (shared.isBlank()) {
			database = "pignon_test_" + ProcessHandle.current().pid() + "_" + contexts.incrementAndGet();
			current.createDatabase(database);
		}
		else {
			database = "pignon_shared_" + ProcessHandle.current().pid() + "_" + shared;
			current.createDatabaseOnce(database);
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase",
					Map.of("spring.datasource.url", current.urlOf(database), "spring.datasource.username",
							current.user(), "spring.datasource.password", current.password(),
							// a cached context that waits for its next test class holds one idle connection, not ten
							"spring.datasource.hikari.minimum-idle", "1")));
	}

	private static synchronized Server server(String configuredUrl, String user, String password) {
		if (server == null) {
			server = configuredUrl.isBlank() ? Server.embedded() : new Server(configuredUrl, user, password);
		}
		return server;
	}

	record Server(String adminUrl, String user, String password) {

		static Server embedded() {
			try {
				Path dir = Files.createTempDirectory(Path.of("target"), "test-postgres");
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(dir.resolve("data").toFile())
					.setOverrideWorkingDirectory(Path.of("target", "postgres-binaries").toFile())
					.setServerConfig("timezone", "UTC")
					.setServerConfig("fsync", "off")
					// one database per test context, up to 32 contexts cached, two instances for some: room for all
					.setServerConfig("max_connections", "600")
					.setRegisterShutdownHook(false)
					.start();
				// Spring's shutdown handlers run once every context is closed: only then is the database unused
				SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
				return new Server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("The embedded PostgreSQL for tests could not start", ex);
			}
		}

		private static void stop(EmbeddedPostgres postgres) {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				// the JVM is exiting: nothing more can be done
			}
		}

		void createDatabase(String name) {
			try (var connection = DriverManager.getConnection(adminUrl, user, password);
					var statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + name);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not create the test database " + name + " on " + adminUrl, ex);
			}
		}

		/** Creates the database unless it exists; two contexts starting together create it once. */
		synchronized void createDatabaseOnce(String name) {
			try (var connection = DriverManager.getConnection(adminUrl, user, password);
					var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
				statement.setString(1, name);
				if (statement.executeQuery().next()) {
					return;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not look for the test database " + name + " on " + adminUrl, ex);
			}
			createDatabase(name);
		}

		String urlOf(String database) {
			int slash = adminUrl.lastIndexOf('/');
			int query = adminUrl.indexOf('?', slash);
			return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
		}

	}

}
