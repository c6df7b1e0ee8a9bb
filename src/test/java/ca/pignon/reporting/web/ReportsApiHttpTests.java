package ca.pignon.reporting.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports' API over real HTTP, with a CITY user's personal token: 400 problem details for what cannot be read
 * (MockMvc lacks the error dispatch), 401 without credentials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportsApiHttpTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	String token;

	@BeforeEach
	void aCityToken() throws Exception {
		AccountId city = accounts.inviteStaff("ville-" + UUID.randomUUID() + "@example.test", "Victor Ville", Role.CITY,
				Locale.CANADA_FRENCH);
		token = "pgn_" + UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
		String hash = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		Instant now = Instant.now();
		jdbc.sql("""
				INSERT INTO platform_api_token (id, account_id, name, token_hash, prefix, created_at, expires_at)
				VALUES (:id, :account, 'analyses', :hash, :prefix, :now, :expires)""")
			.param("id", UUID.randomUUID())
			.param("account", city.value())
			.param("hash", hash)
			.param("prefix", token.substring(0, 8))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(30, ChronoUnit.DAYS)))
			.update();
	}

	@ParameterizedTest(name = "{0} → 400 {1}")
	@CsvSource(delimiter = '|', value = { "groupBy=sdc,name&from=2026-01-01&to=2026-12-31|groupBy|n’est pas un regroupement",
			"groupBy=sector,sector&from=2026-01-01&to=2026-12-31|groupBy|deux fois",
			"groupBy=sector,sdc,employees&from=2026-01-01&to=2026-12-31|groupBy|Deux regroupements au plus",
			"from=2026-13-01&to=2026-12-31|from|pas une date valide", "from=2026-01-01|to|Indiquez la date",
			"from=2026-12-01&to=2026-01-31|to|est après la date de fin",
			"from=2026-01-01&to=2026-12-31&cohort=abc|cohort|pas l’identifiant d’une cohorte",
			"from=2026-01-01&to=%2B999999999-12-31|to|entre les années 2000 et 2100",
			"from=1066-10-14&to=2026-12-31|from|entre les années 2000 et 2100" })
	void refusesWhatCannotBeReadWithAProblemNamingIt(String query, String parameter, String detail) throws Exception {
		HttpResponse<String> response = get(query, "application/json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.body()).contains("\"parameter\":\"" + parameter + "\"").contains(detail);
	}

	@Test
	void refusesInCsvTooWithAProblem() throws Exception {
		HttpResponse<String> response = get("groupBy=nope&from=2026-01-01&to=2026-12-31", "text/csv");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

	@Test
	void answersTheCitysTokenAndNobodyWithout() throws Exception {
		assertThat(get("groupBy=arrondissement&from=2026-01-01&to=2026-12-31", "application/json").statusCode())
			.isEqualTo(200);
		HttpResponse<String> anonymous = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address("from=2026-01-01&to=2026-12-31"))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void theCityReadsItsPageInTheBrowser() {
		// given a City account, signed in
		String email = "ville-" + UUID.randomUUID() + "@example.test";
		ca.pignon.intake.StaffFixture.staffMember(accounts, jdbc, email, "Victor Ville", Role.CITY);
		var browser = ca.pignon.support.Chromium.shared();
		ca.pignon.support.Pages.signIn(browser, port, email, ca.pignon.intake.StaffFixture.PASSWORD);
		// when it follows its menu and asks the indicators by arrondissement
		browser.findElement(org.openqa.selenium.By.linkText("Indicateurs du programme")).click();
		ca.pignon.support.Pages.waitForHeading(browser, "Indicateurs du programme");
		ca.pignon.support.Accessibility.assertNoSeriousViolations(browser);
		new org.openqa.selenium.support.ui.Select(browser.findElement(org.openqa.selenium.By.id("groupBy")))
			.selectByVisibleText("Arrondissement");
		ca.pignon.support.Pages.click(browser, org.openqa.selenium.By.xpath("//button[normalize-space()='Afficher']"));
		ca.pignon.support.Pages.waitUntil(browser, () -> browser.getCurrentUrl().contains("groupBy=arrondissement"));
		// then the tables are there, readable by everyone
		assertThat(browser.findElements(org.openqa.selenium.By.tagName("caption"))).hasSize(3);
		ca.pignon.support.Accessibility.assertNoSeriousViolations(browser);
		ca.pignon.support.Pages.signOut(browser);
	}

	private HttpResponse<String> get(String query, String accept) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(address(query)))
				.header("Authorization", "Bearer " + token)
				.header("Accept", accept)
				.header("Accept-Language", "fr-CA")
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private String address(String query) {
		return "http://localhost:" + port + "/api/v1/reports/indicators?" + query;
	}

}
