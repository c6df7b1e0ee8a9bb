package ca.pignon.platform;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever goes wrong, a person gets a plain French page and an integration gets problem details, over a real server
 * (the error pages are an error dispatch of the servlet container), never a stack trace nor the Whitelabel page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	/** What the failure carries, and must never reach anyone: an SQL fragment and a class name. */
	static final String INTERNALS = "SELECT password_hash FROM platform_account";

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingRoutes {

		/** Routes that the security configuration lets through: one for signed-in people, one public API route. */
		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@RestController
	static class FailingController {

		@GetMapping("/account/failing-page")
		String page() {
			throw new IllegalStateException(INTERNALS);
		}

		@GetMapping("/api/v1/territory/failing")
		String api() {
			throw new IllegalStateException(INTERNALS);
		}

	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void answersAPageThatDoesNotExistWithTheFrench404Page() {
		// given
		var admin = signedIn(Role.ADMIN);
		var anonymous = new WebSession(port);
		// when
		var missingMail = admin.get("/admin/outbox/" + UUID.randomUUID());
		var unknownToAdmin = admin.get("/nulle-part");
		var unknownToAnonymous = anonymous.get("/nulle-part");
		var unknownUnderAPublicPage = anonymous.get("/setup/nulle/part");
		// then
		for (var answer : List.of(missingMail, unknownToAdmin, unknownToAnonymous, unknownUnderAPublicPage)) {
			assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(404);
			assertFriendlyPage(answer, "Page introuvable");
		}
	}

	@Test
	void answersABadRequestWithTheFrench400Page() {
		// when
		var answer = signedIn(Role.ADVISOR).get("/intake/applications/pas-un-identifiant");
		// then
		assertThat(answer.statusCode()).isEqualTo(400);
		assertFriendlyPage(answer, "Demande invalide");
	}

	@Test
	void answersAForbiddenPageWithTheFrench403Page() {
		// when
		var answer = signedIn(Role.MERCHANT).get("/admin/accounts");
		// then
		assertThat(answer.statusCode()).isEqualTo(403);
		assertFriendlyPage(answer, "Accès refusé");
	}

	@Test
	void answersAServerErrorWithAFriendlyPageThatRevealsNothing() {
		// when
		var answer = signedIn(Role.ADVISOR).get("/account/failing-page");
		// then
		assertThat(answer.statusCode()).isEqualTo(500);
		assertFriendlyPage(answer, "Erreur du serveur");
	}

	@Test
	void answersAnApiServerErrorWithFrenchProblemDetails() {
		// when
		var answer = new WebSession(port).get("/api/v1/territory/failing", "Accept", "application/json");
		// then
		assertThat(answer.statusCode()).isEqualTo(500);
		assertProblem(answer, "Une erreur inattendue s’est produite de notre côté");
	}

	@Test
	void answersAnApiServerErrorInEnglishWhenAsked() {
		// when
		var answer = new WebSession(port).get("/api/v1/territory/failing", "Accept", "application/json",
				"Accept-Language", "en");
		// then
		assertThat(answer.statusCode()).isEqualTo(500);
		assertProblem(answer, "An unexpected error happened on our side");
	}

	@Test
	void answersAnUnknownApiResourceWithFrenchProblemDetails() {
		// when
		var answer = new WebSession(port).get("/api/v1/territory/nulle-part", "Accept", "application/json");
		// then
		assertThat(answer.statusCode()).isEqualTo(404);
		assertProblem(answer, "Cette page n’existe pas ou n’existe plus");
	}

	@Test
	void answersAForbiddenApiResourceWithFrenchProblemDetails() {
		// given
		var merchant = signedIn(Role.MERCHANT);
		// when
		var answer = merchant.get("/api/v1/intake/applications", "Accept", "application/json");
		// then
		assertThat(answer.statusCode()).isEqualTo(403);
		assertProblem(answer, "Votre compte n’a pas accès à cette ressource");
	}

	private WebSession signedIn(Role role) {
		var browser = new WebSession(port);
		assertThat(browser.signIn(new TestAccounts(context).create(role), TestAccounts.PASSWORD)).isEqualTo("/start");
		return browser;
	}

	private static void assertFriendlyPage(HttpResponse<String> answer, String title) {
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("<html lang=\"fr-CA\"", "<h1>" + title + "</h1>");
		assertRevealsNothing(answer);
	}

	private static void assertProblem(HttpResponse<String> answer, String detail) {
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"detail\":\"" + detail).contains("\"status\":" + answer.statusCode());
		assertRevealsNothing(answer);
	}

	private static void assertRevealsNothing(HttpResponse<String> answer) {
		assertThat(answer.body()).doesNotContain(INTERNALS, "IllegalStateException", "Exception", "at org.",
				"at ca.pignon", "Whitelabel", "\"trace\"");
	}

}
