package ca.pignon.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ca.pignon.PignonApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What operators reach on the management port: the probes (readiness follows PostgreSQL) and Pignon's metrics; none of
 * it on the public port but the overall health.
 */
class OperationsTests {

	static ConfigurableApplicationContext pignon;

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void start() {
		pignon = new SpringApplicationBuilder(PignonApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.datasource.hikari.connection-timeout=1000",
				"--spring.datasource.hikari.validation-timeout=500");
	}

	@AfterAll
	static void stop() {
		pignon.close();
	}

	@Test
	void theMetricsNamePignonsOwnFiguresOnTheManagementPortOnly() throws Exception {
		// given a mail waiting and a failed sign-in
		pignon.getBean(Mailer.class).send("attente-" + UUID.randomUUID() + "@pignon.test", "Objet", "Corps");
		String email = new TestAccounts(pignon).create(Role.ADVISOR);
		new WebSession(publicPort()).signIn(email, "pas le bon mot de passe");
		// when
		var metrics = get(managementPort(), "/actuator/prometheus");
		var publicMetrics = get(publicPort(), "/actuator/prometheus");
		// then
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("pignon_outbox_waiting", "pignon_outbox_oldest_age_seconds",
				"pignon_event_publications_incomplete", "pignon_signin_failures_total", "pignon_reminders_sent_total");
		assertThat(value(metrics.body(), "pignon_outbox_waiting")).isGreaterThanOrEqualTo(1);
		assertThat(value(metrics.body(), "pignon_signin_failures_total")).isGreaterThanOrEqualTo(1);
		assertThat(metrics.body()).doesNotContain(email);
		assertThat(publicMetrics.statusCode()).isNotEqualTo(200);
		assertThat(publicMetrics.body()).doesNotContain("pignon_outbox_waiting");
		assertThat(get(managementPort(), "/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void readinessGoesDownWhileTheDatabaseIsUnreachableAndUpWhenItComesBack() throws Exception {
		// given
		assertThat(get(managementPort(), "/actuator/health/readiness").statusCode()).isEqualTo(200);
		// when the database refuses every connection
		refuseConnections(true);
		try {
			// then
			await().atMost(Duration.ofSeconds(30))
				.until(() -> get(managementPort(), "/actuator/health/readiness").statusCode() == 503);
			assertThat(get(managementPort(), "/actuator/health/liveness").statusCode()).as("alive all the same")
				.isEqualTo(200);
		}
		finally {
			refuseConnections(false);
		}
		// and when it answers again
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get(managementPort(), "/actuator/health/readiness").statusCode() == 200);
	}

	/** Closes this test's database to every connection (its own included) or opens it again, from the server's own. */
	static void refuseConnections(boolean refuse) throws SQLException {
		var properties = pignon.getBean(DataSourceProperties.class);
		String url = properties.getUrl();
		String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
		String admin = url.substring(0, url.lastIndexOf('/') + 1) + "postgres" + url.substring(url.lastIndexOf('/') + 1)
			.replaceFirst("^[^?]*", "");
		try (var connection = DriverManager.getConnection(admin, properties.getUsername(), properties.getPassword());
				var statement = connection.createStatement()) {
			statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + !refuse);
			if (refuse) {
				statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
						+ "' AND pid <> pg_backend_pid()");
			}
		}
	}

	static double value(String metrics, String name) {
		return metrics.lines()
			.filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	static HttpResponse<String> get(int port, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static int publicPort() {
		return ((WebServerApplicationContext) pignon).getWebServer().getPort();
	}

	static int managementPort() {
		return pignon.getBean(ManagementPort.class).port();
	}

}
