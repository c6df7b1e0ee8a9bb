package ca.pignon.webaudit.web;

import java.net.ServerSocket;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditSpringTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/web-audits: the audit as JSON for staff, a problem+json 400 naming what is wrong with the address, a
 * completed audit for a site that does not answer, and nothing for anyone else.
 */
@WebAuditSpringTest
class WebAuditApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	FixtureSite site;

	@BeforeEach
	void aSite() {
		site = FixtureSite.http("complete");
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@Test
	void answersTheAuditAsJsonInFrenchByDefault() throws Exception {
		mvc.perform(audit("{\"url\": \"" + site.url("/") + "\"}").with(staff(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.url", is(site.url("/"))))
			.andExpect(jsonPath("$.finalUrl", is(site.url("/"))))
			.andExpect(jsonPath("$.fetchedAt").isString())
			.andExpect(jsonPath("$.checks", hasSize(CheckIds.ALL.size())))
			.andExpect(jsonPath("$.checks[*].id", is(CheckIds.ALL)))
			.andExpect(jsonPath("$.checks[0].status", is("PASS")))
			.andExpect(jsonPath("$.checks[1].id", is("https")))
			.andExpect(jsonPath("$.checks[1].status", is("FAIL")))
			.andExpect(jsonPath("$.checks[1].evidence", startsWith("La page est servie sans chiffrement")))
			.andExpect(jsonPath("$.checks[1].message", containsString("Let’s Encrypt")))
			.andExpect(jsonPath("$.checks[3].evidence", containsString("Boulangerie du Faubourg")));
	}

	@Test
	void answersInEnglishWhenAskedTo() throws Exception {
		mvc.perform(audit("{\"url\": \"" + site.url("/") + "\"}").with(staff(Role.MANAGER))
			.header("Accept-Language", "en-CA"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[1].evidence", startsWith("The page is served without encryption")));
	}

	@Test
	void completesTheAuditOfASiteThatDoesNotAnswer() throws Exception {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		mvc.perform(audit("{\"url\": \"http://127.0.0.1:" + closed + "/\"}").with(staff(Role.ADVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.checks[0].id", is("reachable")))
			.andExpect(jsonPath("$.checks[0].status", is("FAIL")))
			.andExpect(jsonPath("$.checks[1:].status", everyItem(is("NOT_APPLICABLE"))));
	}

	@ParameterizedTest(name = "{0} → 400 {1}")
	@CsvSource(delimiter = '|', value = { "{\"url\": \"ftp://boulangerie.example/\"}|scheme|http et https",
			"{\"url\": \"http://localhost/\"}|loopback|machine de Pignon",
			"{\"url\": \"http://10.0.0.8/\"}|private|réseau privé",
			"{\"url\": \"http://169.254.169.254/latest/meta-data/\"}|metadata|métadonnées",
			"{\"url\": \"http://bou langerie/\"}|malformed|pas une adresse web valide",
			"{\"url\": \"\"}|missing|Indiquez l’adresse", "{}|missing|Indiquez l’adresse" })
	void refusesABadAddressWithAProblemNamingIt(String body, String reason, String detail) throws Exception {
		mvc.perform(audit(body).with(staff(Role.ADVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.reason", is(reason)))
			.andExpect(jsonPath("$.detail", containsString(detail)))
			.andExpect(jsonPath("$.title", is("Adresse refusée")));
	}

	@Test
	void isDocumentedInTheOpenApiDescription() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/web-audits'].post.summary", is("Audit a website now")))
			.andExpect(jsonPath("$.paths['/api/v1/web-audits'].post.responses['400']").exists());
	}

	@Test
	void asksAnonymousCallersToSignIn() throws Exception {
		mvc.perform(audit("{\"url\": \"" + site.url("/") + "\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertNothingFetched();
	}

	@Test
	void refusesMerchantsAndTheCity() throws Exception {
		for (Role role : new Role[] { Role.MERCHANT, Role.CITY }) {
			mvc.perform(audit("{\"url\": \"" + site.url("/") + "\"}").with(role == Role.MERCHANT ? merchant() : staff(role)))
				.andExpect(status().isForbidden());
		}
		assertNothingFetched();
	}

	private void assertNothingFetched() {
		org.assertj.core.api.Assertions.assertThat(site.requests()).isEmpty();
	}

	private MockHttpServletRequestBuilder audit(String json) {
		return AuditApiCalls.audit(json);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff(Role role) {
		return AuditApiCalls.staff(accounts, jdbc, users, role);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor merchant() {
		String email = ApplicationFixture.uniqueEmail("commerce");
		accounts.registerMerchant(email, ApplicationFixture.PASSWORD, "Rosalie Gingras", ApplicationFixture.FRENCH)
			.orElseThrow();
		return user(users.loadUserByUsername(email));
	}

}
