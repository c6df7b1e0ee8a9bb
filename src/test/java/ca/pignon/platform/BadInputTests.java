package ca.pignon.platform;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.progress.PlannedAction;
import ca.pignon.progress.ProgressManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The six causes of a 500 the security review found (issue 17, item 5): each now answers with a translated message
 * beside its field, or a French error page / problem details where there is no field, and keeps what was typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BadInputTests {

	static final String NUL = "\u0000";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Test
	void aNulByteInRegistrationComesBackBesideItsFieldWithEverythingTyped() throws Exception {
		// given
		String email = "nul-" + UUID.randomUUID() + "@pignon.test";
		// when
		MvcResult result = mvc.perform(post("/register/account").with(csrf())
			.param("firstName", "Ros" + NUL + "alie")
			.param("lastName", "Gingras")
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)).andReturn();
		// then
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		Document page = page(result);
		assertThat(page.select("#firstName").val()).isEqualTo("Rosalie");
		assertThat(page.select("#lastName").val()).isEqualTo("Gingras");
		assertThat(page.select("#email").val()).isEqualTo(email);
		assertThat(page.text()).contains("caractère invisible");
		assertThat(jdbc.sql("SELECT count(*) FROM platform_account WHERE email = :email").param("email", email)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aNulByteInAnyOfIntakesTextFieldsComesBackBesideItsField() throws Exception {
		// given
		var merchant = merchant();
		// when
		MvcResult business = mvc.perform(business(merchant).param("legalName", "Boulangerie" + NUL)).andReturn();
		assertThat(mvc.perform(business(merchant).param("legalName", "Boulangerie")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/intake/my/steps/storefront");
		MvcResult storefront = mvc.perform(storefront(merchant).param("street", "rue" + NUL)).andReturn();
		assertThat(mvc.perform(storefront(merchant).param("street", "rue Saint-Jean")).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/intake/my/steps/online");
		MvcResult online = mvc.perform(post("/intake/my/steps/online").with(user(merchant)).with(csrf())
			.param("website", "exemple.ca")
			.param("goalsOther", "plus" + NUL)).andReturn();
		// then
		for (MvcResult result : List.of(business, storefront, online)) {
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
			assertThat(page(result).text()).contains("caractère invisible");
		}
		assertThat(page(business).select("#tradeName").val()).isEqualTo("Le Fournil");
		assertThat(page(business).select("#legalName").val()).isEqualTo("Boulangerie");
	}

	@Test
	void aNulByteInASearchIsRefusedPolitely() throws Exception {
		// given
		var advisor = new TestAccounts(context).signedIn(Role.ADVISOR);
		// when
		MvcResult result = mvc.perform(get("/intake/applications").param("q", "boul" + NUL).with(user(advisor)))
			.andReturn();
		// then
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception");
	}

	@Test
	void pageNumbersThatOverflowAnswerAPageNotAnError() throws Exception {
		// given
		var accounts = new TestAccounts(context);
		var advisor = accounts.signedIn(Role.ADVISOR);
		var admin = accounts.signedIn(Role.ADMIN);
		// when
		int followup = mvc.perform(get("/followup").param("page", "2147483647").with(user(advisor))).andReturn()
			.getResponse().getStatus();
		int outbox = mvc.perform(get("/admin/outbox").param("page", "85899346").with(user(admin))).andReturn()
			.getResponse().getStatus();
		// then
		assertThat(followup).isEqualTo(200);
		assertThat(outbox).isEqualTo(200);
	}

	@Test
	void listIndexesPastTheBindersLimitComeBackBesideTheirField() throws Exception {
		// given
		var manager = new TestAccounts(context).signedIn(Role.MANAGER);
		// when
		MvcResult far = mvc.perform(post("/selection/rounds").with(user(manager)).with(csrf())
			.param("name", "Cohorte d’automne")
			.param("teams[300].name", "Équipe")).andReturn();
		MvcResult negative = mvc.perform(post("/selection/rounds").with(user(manager)).with(csrf())
			.param("name", "Cohorte d’automne")
			.param("teams[-1].name", "Équipe")).andReturn();
		MvcResult grid = mvc.perform(post("/selection/grid").with(user(manager)).with(csrf())
			.param("criteria[400].label", "Critère")).andReturn();
		// then
		for (MvcResult result : List.of(far, negative, grid)) {
			assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
			assertThat(page(result).text()).contains("rang");
		}
		assertThat(page(far).select("#name").val()).isEqualTo("Cohorte d’automne");
	}

	@Test
	void enablingAnUnknownAccountAnswersNotFound() throws Exception {
		// given
		var admin = new TestAccounts(context).signedIn(Role.ADMIN);
		// when
		int status = mvc.perform(post("/admin/accounts/" + UUID.randomUUID() + "/enabled").param("enabled", "true")
			.with(user(admin)).with(csrf())).andReturn().getResponse().getStatus();
		// then
		assertThat(status).isEqualTo(404);
	}

	@Test
	void aMalformedMultipartBodyAnswersTheFrenchBadRequestPage() throws Exception {
		// given: a merchant signed in over real HTTP (MockMvc never parses a multipart body)
		var merchant = merchantWithAPlan();
		var browser = new WebSession(port);
		assertThat(browser.signIn(merchant.getUsername(), ApplicationFixture.PASSWORD)).isEqualTo("/start");
		String token = browser.csrfToken();
		// when: a body cut short, its last part never closed
		var answer = browser.send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/progress/my/actions/fiche/done"))
			.header("Content-Type", "multipart/form-data; boundary=nulle-part")
			.header("X-CSRF-TOKEN", token)
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("--nulle-part\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nx")));
		// then
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Demande invalide").doesNotContain("Exception");
	}

	@Test
	void aNulByteInACommentOrAFileNameComesBackBesideItsField() throws Exception {
		// given
		var merchant = merchantWithAPlan();
		// when
		MvcResult comment = mvc.perform(post("/progress/my/actions/fiche/comments").with(user(merchant)).with(csrf())
			.param("body", "Bonjour" + NUL)).andReturn();
		MvcResult file = mvc.perform(multipart("/progress/my/actions/fiche/done")
			.file(new MockMultipartFile("file", "photo" + NUL + ".png", "image/png", png()))
			.param("note", "Voici la photo")
			.param("version", "0")
			.with(user(merchant))
			.with(csrf())).andReturn();
		// then
		assertThat(comment.getResponse().getStatus()).isEqualTo(200);
		assertThat(page(comment).text()).contains("caractère invisible");
		assertThat(file.getResponse().getStatus()).isIn(200, 302);
	}

	@Test
	void aPortOver65535InAnAuditedAddressIsRefusedBesideItsField() throws Exception {
		// when
		MvcResult api = mvc.perform(post("/api/v1/web-audits").with(user(new TestAccounts(context).signedIn(Role.ADVISOR)))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\":\"http://exemple.ca:99999/\"}")).andReturn();
		// then
		assertThat(api.getResponse().getStatus()).isEqualTo(400);
	}

	private static MockHttpServletRequestBuilder business(PignonUser merchant) {
		return post("/intake/my/steps/business").with(user(merchant)).with(csrf())
			.param("tradeName", "Le Fournil")
			.param("naicsCode", "445110")
			.param("employees", "3");
	}

	private static MockHttpServletRequestBuilder storefront(PignonUser merchant) {
		return post("/intake/my/steps/storefront").with(user(merchant)).with(csrf())
			.param("civicNumber", "1")
			.param("municipality", "Québec")
			.param("postalCode", "G1K 8N1")
			.param("receptionMode", "STOREFRONT");
	}

	private PignonUser merchant() {
		return new TestAccounts(context).signedIn(Role.MERCHANT);
	}

	private PignonUser merchantWithAPlan() {
		return new Merchants(context).withAPlan();
	}

	/** Merchants in the states the forms need. */
	record Merchants(ApplicationContext context) {

		/** A retained merchant whose approved plan has one action, "fiche", due this month. */
		PignonUser withAPlan() {
			var fixture = new DiagnosticFixture(context);
			var advisor = fixture.staff("Marc Tremblay", Role.ADVISOR);
			var application = fixture.retained(advisor, "Quincaillerie " + System.nanoTime()).get(0);
			YearMonth now = YearMonth.now(ZoneId.of("America/Toronto"));
			context.getBean(ProgressManagement.class).planApproved(application.id(), application.accountId(), 1,
					List.of(new PlannedAction("fiche", "Compléter la fiche d’établissement", "Complete the listing",
							now, new BigDecimal("2"), "MERCHANT")));
			return fixture.merchantUser(application);
		}

	}

	private static byte[] png() throws java.io.IOException {
		var image = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString());
	}

}
