package ca.pignon.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form sent after the session ended (WCAG 2.2.1, issue 21): over real HTTP, the session ended by removing it from
 * PostgreSQL as Spring Session does when it expires. What was typed is kept for its author only, never a password,
 * and a request that did not come from one of Pignon's pages in that browser is refused as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpiredFormsTests {

	static final String PAGE = "/conversation/contact";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	@BeforeEach
	void accounts() {
		accounts = new TestAccounts(context);
	}

	@Test
	void aFormSentAfterTheSessionEndedComesBackToItsAuthorAfterSigningIn() {
		// given an advisor on their contact page, whose session then ends while they type
		String email = accounts.create(Role.ADVISOR);
		WebSession browser = signedIn(email);
		Document page = Jsoup.parse(browser.get(PAGE).body());
		endSessionsOf(email);
		// when they send the form
		var sent = postFrom(browser, page, Map.of("phone", "418 555-0199", "showPhone", "true", "_showPhone", "on"),
				Map.of());
		// then they are asked to sign in again, told that what they sent is kept
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(location(sent)).isEqualTo("/login?expired");
		var login = Jsoup.parse(browser.get("/login?expired").body());
		assertThat(login.select("[role=alert]").text()).contains("est gardé");
		// and signing in brings them back to the form, with what they typed (never the token) put back once
		assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo(PAGE);
		var back = Jsoup.parse(browser.get(PAGE).body());
		assertThat(kept(back)).containsEntry("phone", "418 555-0199")
			.containsEntry("showPhone", "true")
			.doesNotContainKeys("_csrf", OwnerField.NAME);
		assertThat(back.getElementById("kept-form-notice")).isNotNull();
		assertThat(kept(Jsoup.parse(browser.get(PAGE).body()))).isEmpty();
	}

	@Test
	void someoneElseSigningInOnTheSameBrowserGetsNeitherTheFormNorItsPage() {
		// given an advisor whose session ended while they were typing a phone number, and who then left
		String first = accounts.create(Role.ADVISOR);
		WebSession browser = signedIn(first);
		Document page = Jsoup.parse(browser.get(PAGE).body());
		endSessionsOf(first);
		postFrom(browser, page, Map.of("phone", "418 555-0199"), Map.of());
		// when a colleague signs in on the same browser
		String second = accounts.create(Role.ADVISOR);
		assertThat(browser.signIn(second, TestAccounts.PASSWORD)).isEqualTo("/start");
		// then the colleague's contact page is theirs alone
		assertThat(kept(Jsoup.parse(browser.get(PAGE).body()))).isEmpty();
	}

	@Test
	void passwordsAreNeverKept() {
		String email = accounts.create(Role.MANAGER);
		WebSession browser = signedIn(email);
		Document page = Jsoup.parse(browser.get("/account").body());
		endSessionsOf(email);
		var form = new LinkedHashMap<String, String>();
		form.put("currentPassword", TestAccounts.PASSWORD);
		form.put("newPassword", "une nouvelle phrase de passe");
		postFrom(browser, page, "/account/password", "http://localhost:" + port + "/account", form, Map.of());
		browser.signIn(email, TestAccounts.PASSWORD);
		var back = Jsoup.parse(browser.get("/account").body());
		assertThat(back.getElementById("kept-form")).isNotNull();
		assertThat(kept(back)).doesNotContainKeys("currentPassword", "newPassword");
	}

	@Test
	void anHtmxRequestAfterTheSessionEndedReloadsTheWholePageOnTheLoginPage() {
		String email = accounts.create(Role.ADVISOR);
		WebSession browser = signedIn(email);
		Document page = Jsoup.parse(browser.get(PAGE).body());
		endSessionsOf(email);
		var sent = postFrom(browser, page, Map.of("phone", "418 555-0199"), Map.of("HX-Request", "true"));
		assertThat(sent.statusCode()).isEqualTo(204);
		assertThat(sent.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
	}

	@Test
	void aFormFromAnotherSiteOrWithoutItsPageIsNotKept() {
		String email = accounts.create(Role.ADVISOR);
		WebSession browser = signedIn(email);
		Document page = Jsoup.parse(browser.get(PAGE).body());
		endSessionsOf(email);
		// a referrer of another site: signing in again is asked, nothing is kept
		var foreign = postFrom(browser, page, PAGE, "http://evil.example" + PAGE, Map.of("phone", "418 555-0199"),
				Map.of());
		assertThat(location(foreign)).isEqualTo("/login?expired");
		assertThat(Jsoup.parse(browser.get("/login?expired").body()).select("[role=alert]").text())
			.doesNotContain("est gardé");
		assertThat(browser.signIn(email, TestAccounts.PASSWORD)).isEqualTo("/start");
		// and a form sent by a browser that had no session with Pignon (a cross-site form) is refused as before
		var stranger = new WebSession(port);
		var forged = postFrom(stranger, page, Map.of("phone", "418 555-0199"), Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	private WebSession signedIn(String email) {
		var browser = new WebSession(port);
		browser.signIn(email, TestAccounts.PASSWORD);
		return browser;
	}

	/** What Spring Session does to a session past its time: it is gone from the database. */
	private void endSessionsOf(String email) {
		assertThat(jdbc.sql("DELETE FROM spring_session WHERE principal_name = :email").param("email", email).update())
			.isPositive();
	}

	private HttpResponse<String> postFrom(WebSession browser, Document page, Map<String, String> typed,
			Map<String, String> headers) {
		return postFrom(browser, page, PAGE, "http://localhost:" + port + PAGE, typed, headers);
	}

	private HttpResponse<String> postFrom(WebSession browser, Document page, String action, String referer,
			Map<String, String> typed, Map<String, String> headers) {
		// the hidden fields the page gave its form (its CSRF token, its owner) and what was typed
		var form = new LinkedHashMap<String, String>();
		page.select("form[action=" + action + "] input[type=hidden]").forEach(input -> form.put(input.attr("name"),
				input.attr("value")));
		form.putAll(typed);
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Referer", referer)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(request::header);
		return browser.send(request);
	}

	private static Map<String, String> kept(Document page) {
		var kept = new LinkedHashMap<String, String>();
		page.select("#kept-form li").forEach(item -> kept.put(item.attr("data-name"), item.attr("data-value")));
		return kept;
	}

	private static String location(HttpResponse<String> response) {
		URI location = URI.create(response.headers().firstValue("Location").orElse(""));
		return location.getPath() + (location.getQuery() == null ? "" : "?" + location.getQuery());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
