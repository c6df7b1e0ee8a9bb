package ca.pignon.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Personal API tokens: shown once, kept as a hash, acting with their owner's role, refused once revoked or expired,
 * and never a way into a session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsANewTokenOnceAndKeepsOnlyItsHash() throws Exception {
		// given
		PignonUser advisor = new TestAccounts(context).signedIn(Role.ADVISOR);
		// when
		String created = page(mvc.perform(post("/account/tokens").with(user(advisor))
			.with(csrf())
			.param("name", "tableau de bord")
			.param("days", "30")).andReturn());
		String secret = Jsoup.parse(created).selectFirst("#issued-token").text();
		String reloaded = page(mvc.perform(get("/account/tokens").with(user(advisor))).andReturn());
		// then
		assertThat(secret).startsWith("pgn_").hasSizeGreaterThan(40);
		assertThat(created).containsOnlyOnce(secret);
		assertThat(reloaded).contains("tableau de bord").doesNotContain(secret);
		String stored = jdbc.sql("SELECT row_to_json(t)::text FROM platform_api_token t WHERE account_id = :account")
			.param("account", advisor.accountId().value())
			.query(String.class)
			.single();
		assertThat(stored).contains(Secrets.hash(secret)).doesNotContain(secret);
	}

	@Test
	void actsWithTheRoleOfItsOwner() throws Exception {
		// given
		String staffToken = tokenOf(Role.ADVISOR);
		String merchantToken = tokenOf(Role.MERCHANT);
		// when
		MvcResult advisorMe = mvc.perform(bearer(get("/api/v1/me"), staffToken)).andReturn();
		MvcResult advisorApplications = mvc.perform(bearer(get("/api/v1/intake/applications"), staffToken))
			.andReturn();
		MvcResult merchantMe = mvc.perform(bearer(get("/api/v1/me"), merchantToken)).andReturn();
		MvcResult merchantApplications = mvc.perform(bearer(get("/api/v1/intake/applications"), merchantToken))
			.andReturn();
		// then
		assertThat(advisorMe.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(advisorMe)).contains("\"role\":\"ADVISOR\"");
		assertThat(advisorApplications.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(merchantMe)).contains("\"role\":\"MERCHANT\"");
		assertThat(merchantApplications.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void isNotForMerchants() throws Exception {
		// given
		PignonUser merchant = new TestAccounts(context).signedIn(Role.MERCHANT);
		// when
		int page = mvc.perform(get("/account/tokens").with(user(merchant))).andReturn().getResponse().getStatus();
		int creation = mvc.perform(post("/account/tokens").with(user(merchant))
			.with(csrf())
			.param("name", "le mien")
			.param("days", "30")).andReturn().getResponse().getStatus();
		// then
		assertThat(page).isEqualTo(403);
		assertThat(creation).isEqualTo(403);
		assertThat(jdbc.sql("SELECT count(*) FROM platform_api_token WHERE account_id = :account")
			.param("account", merchant.accountId().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void refusesARevokedToken() throws Exception {
		// given
		PignonUser advisor = new TestAccounts(context).signedIn(Role.ADVISOR);
		var issued = tokens.issue(advisor.accountId(), "à révoquer", Duration.ofDays(30));
		MvcResult revocation = mvc.perform(post("/account/tokens/" + issued.id() + "/revoke").with(user(advisor))
			.with(csrf())).andReturn();
		// when
		MvcResult refused = mvc.perform(bearer(get("/api/v1/me"), issued.secret())).andReturn();
		// then
		assertThat(revocation.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
		assertUnauthorizedProblem(refused);
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		// given
		PignonUser advisor = new TestAccounts(context).signedIn(Role.ADVISOR);
		var issued = tokens.issue(advisor.accountId(), "expiré", Duration.ofDays(30));
		jdbc.sql("UPDATE platform_api_token SET expires_at = now() - interval '1 second' WHERE id = :id")
			.param("id", issued.id())
			.update();
		// when
		MvcResult refused = mvc.perform(bearer(get("/api/v1/me"), issued.secret())).andReturn();
		// then
		assertUnauthorizedProblem(refused);
	}

	@Test
	void neverOpensASession() throws Exception {
		// given
		String token = tokenOf(Role.MANAGER);
		// when
		MvcResult result = mvc.perform(bearer(get("/api/v1/intake/applications"), token)).andReturn();
		// then
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void needsNoCsrfTokenWithABearerToken() throws Exception {
		// given
		String token = tokenOf(Role.ADMIN);
		// when a write passes the CSRF check, it meets the operation's own refusal of an empty body
		MvcResult write = mvc.perform(bearer(post("/api/v1/web-audits"), token).contentType("application/json")
			.content("{}")).andReturn();
		// then
		assertThat(write.getResponse().getStatus()).isEqualTo(400);
		assertThat(page(write)).doesNotContain("CSRF");
	}

	@Test
	void needsACsrfTokenWithASessionCookie() throws Exception {
		// given
		PignonUser admin = new TestAccounts(context).signedIn(Role.ADMIN);
		// when
		MvcResult write = mvc.perform(post("/api/v1/web-audits").with(user(admin))
			.contentType("application/json")
			.content("{}")).andReturn();
		// then
		assertThat(write.getResponse().getStatus()).isEqualTo(403);
		assertThat(write.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(page(write)).contains("Le jeton CSRF est absent ou invalide");
	}

	private String tokenOf(Role role) {
		PignonUser owner = new TestAccounts(context).signedIn(role);
		return tokens.issue(owner.accountId(), "essai", Duration.ofDays(30)).secret();
	}

	private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token);
	}

	private static void assertUnauthorizedProblem(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).isEqualTo(401);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(page(result)).contains("\"status\":401").contains("Ce jeton d’API est invalide, expiré ou révoqué");
	}

	private static String page(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
