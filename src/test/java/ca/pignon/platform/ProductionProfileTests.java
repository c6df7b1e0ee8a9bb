package ca.pignon.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import ca.pignon.PignonApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The {@code prod} profile: no embedded database, one line saying what to set when the database is missing, secure
 * session cookies, JSON logs that name no one.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionProfileTests {

	@Test
	void refusesToStartWithoutADatabaseSayingWhatToSet(CapturedOutput output) throws Exception {
		// given an empty data directory and no SPRING_DATASOURCE_URL (an empty command-line value hides the variable)
		Path dataDir = Files.createTempDirectory(Path.of("target"), "prod-without-database");
		// when
		Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(PignonApplication.class).profiles("prod")
			.run("--spring.datasource.url=", "--pignon.test.database=none", "--server.port=0",
					"--pignon.data-dir=" + dataDir));
		// then
		assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(ProductionDatabase.NotConfigured.class);
		assertThat(output.getOut() + output.getErr()).contains(ProductionDatabase.MISSING)
			.doesNotContain("Starting the embedded PostgreSQL");
		assertThat(dataDir.resolve("postgres")).doesNotExist();
	}

	@Test
	void startsWithSecureCookiesAndJsonLogsThatNameNoOne(CapturedOutput output) {
		// given: the logging of an earlier context in this JVM is let go, as in a fresh process
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext prod = new SpringApplicationBuilder(PignonApplication.class)
			.profiles("prod")
			.run("--server.port=0", "--management.server.port=0")) {
			int port = ((WebServerApplicationContext) prod).getWebServer().getPort();
			String email = new TestAccounts(prod).create(Role.ADVISOR);
			String unknown = "inconnu-" + UUID.randomUUID() + "@commerce.test";
			var browser = new WebSession(port);
			// when
			var login = browser.get("/login");
			String wrongPassword = browser.signIn(email, "pas le bon mot de passe");
			String unknownAccount = browser.signIn(unknown, "pas le bon mot de passe");
			// then
			assertThat(login.statusCode()).as(login.headers().toString()).isEqualTo(200);
			assertThat(login.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
				.singleElement()
				.satisfies(cookie -> assertThat(cookie).containsIgnoringCase("; Secure")
					.containsIgnoringCase("HttpOnly"));
			assertThat(wrongPassword).isEqualTo("/login?error");
			assertThat(unknownAccount).isEqualTo("/login?error");
			String logs = output.getOut();
			assertThat(logs.lines().filter(line -> line.contains("Failed login for"))).hasSize(2)
				.allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}").contains("\"level\":\"WARN\""));
			assertThat(logs).doesNotContain(email).doesNotContain(unknown).doesNotContain("127.0.0.1");
		}
	}

}
