package ca.pignon.content;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The occasions of a year through the public API and staff's page: computed occasions with their ids every year,
 * local events "à confirmer" (no date) until staff confirm them for that year, occasions staff add; bad input answers
 * 400 problem details on the API and comes back as typed with its message on the page.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class OccasionsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	PignonUser advisor;

	@BeforeEach
	void noStaffDecisionYet() {
		jdbc.sql("DELETE FROM content_event_dates").update();
		jdbc.sql("DELETE FROM content_occasion").update();
		String email = "conseil-" + UUID.randomUUID() + "@pignon.test";
		accounts.inviteStaff(email, "Anne Conseil", Role.ADVISOR, Locale.CANADA_FRENCH);
		advisor = (PignonUser) users.loadUserByUsername(email);
	}

	@Test
	void answersEveryComputedOccasionAndEveryLocalEventOfTheYear() throws Exception {
		// when
		List<JsonNode> occasions = occasions(2027);
		// then
		assertThat(occasions).extracting(o -> o.get("id").asString())
			.containsAll(ComputedOccasionsTests.IDS)
			.containsAll(new LocalEvents().all().stream().map(LocalEvent::id).toList())
			.doesNotHaveDuplicates()
			.hasSize(ComputedOccasionsTests.IDS.size() + new LocalEvents().all().size());
		JsonNode thanksgiving = byId(occasions, "thanksgiving");
		assertThat(thanksgiving.get("nameFr").asString()).isEqualTo("Action de grâce");
		assertThat(thanksgiving.get("nameEn").asString()).isEqualTo("Thanksgiving");
		assertThat(thanksgiving.get("date").asString())
			.isEqualTo(ComputedOccasionsTests.BY_ID.get("thanksgiving").startIn(2027).toString());
		assertThat(thanksgiving.get("endDate").isNull()).isTrue();
		assertThat(thanksgiving.get("kind").asString()).isEqualTo("holiday");
		assertThat(thanksgiving.get("confirmed").asBoolean()).isTrue();
		JsonNode season = byId(occasions, "holiday-season");
		assertThat(season.get("kind").asString()).isEqualTo("commercial");
		assertThat(season.get("endDate").asString()).isEqualTo("2027-12-31");
	}

	@Test
	void neverPlacesAnUnconfirmedLocalEventOnADate() throws Exception {
		// when
		List<JsonNode> occasions = occasions(2027);
		// then
		List<JsonNode> local = occasions.stream().filter(o -> "local".equals(o.get("kind").asString())).toList();
		assertThat(local).isNotEmpty().allSatisfy(o -> {
			assertThat(o.get("confirmed").asBoolean()).isFalse();
			assertThat(o.get("date").isNull()).isTrue();
			assertThat(o.get("endDate").isNull()).isTrue();
		});
		// sorted by date, the ones to confirm last
		assertThat(occasions.subList(occasions.size() - local.size(), occasions.size())).containsExactlyElementsOf(local);
	}

	@Test
	void placesTheShippedVerifiedEditionInItsYearOnly() throws Exception {
		LocalEvent verified = new LocalEvents().all()
			.stream()
			.filter(e -> e.verifiedStart() != null)
			.findFirst()
			.orElseThrow();
		int year = verified.verifiedStart().getYear();
		// when
		JsonNode thatYear = byId(occasions(year), verified.id());
		JsonNode nextYear = byId(occasions(year + 1), verified.id());
		// then
		assertThat(thatYear.get("confirmed").asBoolean()).isTrue();
		assertThat(thatYear.get("date").asString()).isEqualTo(verified.verifiedStart().toString());
		assertThat(thatYear.get("endDate").asString()).isEqualTo(String.valueOf(verified.verifiedEnd()));
		assertThat(nextYear.get("confirmed").asBoolean()).isFalse();
		assertThat(nextYear.get("date").isNull()).isTrue();
	}

	@Test
	void staffConfirmAnEventForOneYear() throws Exception {
		// when
		mvc.perform(post("/content/occasions/events/carnaval_de_quebec/2027").with(csrf())
			.with(user(advisor))
			.param("start", "2027-01-29")
			.param("end", "2027-02-14")).andExpect(status().is3xxRedirection());
		// then
		JsonNode carnaval = byId(occasions(2027), "carnaval_de_quebec");
		assertThat(carnaval.get("confirmed").asBoolean()).isTrue();
		assertThat(carnaval.get("date").asString()).isEqualTo("2027-01-29");
		assertThat(carnaval.get("endDate").asString()).isEqualTo("2027-02-14");
		assertThat(byId(occasions(2028), "carnaval_de_quebec").get("confirmed").asBoolean()).isFalse();
		assertThat(page(get("/content/occasions").param("year", "2027"))).contains("29 janvier 2027")
			.contains("Remettre « à confirmer »");

		// and when staff withdraw it
		mvc.perform(post("/content/occasions/events/carnaval_de_quebec/2027/unconfirm").with(csrf()).with(user(advisor)))
			.andExpect(status().is3xxRedirection());
		assertThat(byId(occasions(2027), "carnaval_de_quebec").get("confirmed").asBoolean()).isFalse();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-02-14 | 2027-01-29 | Le dernier jour ne peut pas précéder le premier.
			2026-01-30 |            | Le premier jour doit tomber en 2027.
			29 janvier | 2027-02-14 | « 29 janvier » n’est pas une date ; écrivez-la comme 2027-02-05.
			           | 2027-02-14 | Indiquez le premier jour.
			""")
	void aBadConfirmationComesBackAsTypedWithItsMessage(String start, String end, String message) throws Exception {
		// when
		String page = page(post("/content/occasions/events/carnaval_de_quebec/2027").with(csrf())
			.param("start", start == null ? "" : start)
			.param("end", end == null ? "" : end));
		// then
		assertThat(page).contains(message).contains("id=\"error-summary\"");
		if (start != null) {
			assertThat(page).contains("value=\"" + start + "\"");
		}
		assertThat(byId(occasions(2027), "carnaval_de_quebec").get("confirmed").asBoolean()).isFalse();
	}

	@Test
	void staffAddAnOccasionForTheirCityAndRemoveIt() throws Exception {
		// when
		mvc.perform(post("/content/occasions").with(csrf())
			.with(user(advisor))
			.param("nameFr", "Vente trottoir de la 3e Avenue")
			.param("nameEn", "")
			.param("place", "Limoilou")
			.param("start", "2027-06-11")
			.param("end", "2027-06-13")).andExpect(status().is3xxRedirection());
		// then
		JsonNode added = occasions(2027).stream()
			.filter(o -> "Vente trottoir de la 3e Avenue".equals(o.get("nameFr").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(added.get("nameEn").asString()).isEqualTo("Vente trottoir de la 3e Avenue");
		assertThat(added.get("kind").asString()).isEqualTo("local");
		assertThat(added.get("confirmed").asBoolean()).isTrue();
		assertThat(added.get("date").asString()).isEqualTo("2027-06-11");
		assertThat(added.get("endDate").asString()).isEqualTo("2027-06-13");

		// and when removed
		mvc.perform(post("/content/occasions/" + added.get("id").asString() + "/delete").with(csrf())
			.with(user(advisor))
			.param("year", "2027")).andExpect(status().is3xxRedirection());
		assertThat(occasions(2027)).noneMatch(o -> o.get("id").asString().equals(added.get("id").asString()));
	}

	@Test
	void aBadOccasionComesBackAsTypedWithEveryReason() throws Exception {
		// when
		String page = page(post("/content/occasions").with(csrf())
			.param("nameFr", "")
			.param("place", "Saint-Roch")
			.param("start", "2027-06-13")
			.param("end", "2027-06-11"));
		// then
		assertThat(page).contains("Indiquez le nom de l’occasion en français.")
			.contains("Le dernier jour ne peut pas précéder le premier.")
			.contains("value=\"Saint-Roch\"")
			.contains("value=\"2027-06-13\"");
		assertThat(jdbc.sql("SELECT count(*) FROM content_occasion").query(Integer.class).single()).isZero();
	}

	@ParameterizedTest(name = "year={0}")
	@CsvSource(delimiter = '|', textBlock = """
			abc    | Le paramètre « year » doit être une année, et non « abc ».
			2027.5 | Le paramètre « year » doit être une année, et non « 2027.5 ».
			1999   | Le paramètre « year » doit être compris entre 2000 et 2100 ; reçu : 1999.
			2101   | Le paramètre « year » doit être compris entre 2000 et 2100 ; reçu : 2101.
			-5     | Le paramètre « year » doit être compris entre 2000 et 2100 ; reçu : -5.
			99999999999 | Le paramètre « year » doit être une année, et non « 99999999999 ».
			""")
	void refusesABadYearWithAProblem(String year, String detail) throws Exception {
		mvc.perform(get("/api/v1/content/occasions").param("year", year))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Paramètre invalide"))
			.andExpect(jsonPath("$.parameter").value("year"))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	@Test
	void refusesAMissingYearInTheClientsLanguage() throws Exception {
		mvc.perform(get("/api/v1/content/occasions"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Le paramètre « year » est obligatoire."));
		mvc.perform(get("/api/v1/content/occasions").param("year", "").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid parameter"))
			.andExpect(jsonPath("$.detail").value("The parameter \"year\" is required."));
	}

	@Test
	void documentsTheApiInOpenApi() throws Exception {
		String spec = mvc.perform(get("/api/v1/openapi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode operation = JSON.readTree(spec).path("paths").path("/api/v1/content/occasions").path("get");
		assertThat(operation.isMissingNode()).isFalse();
		assertThat(operation.path("responses").has("400")).isTrue();
		assertThat(spec).contains("\"Occasion\"");
	}

	@Test
	void showsStaffTheYearAndKeepsABadYearOnThePage() throws Exception {
		assertThat(page(get("/content/occasions").param("year", "2027"))).contains("Occasions 2027")
			.contains("lundi 11 octobre 2027")
			.contains("À confirmer");
		assertThat(page(get("/content/occasions").param("year", "3000"))).contains("Occasions 2100");
		assertThat(page(get("/content/occasions").param("year", "zzz"))).contains("Occasions ");
	}

	private List<JsonNode> occasions(int year) throws Exception {
		String body = mvc.perform(get("/api/v1/content/occasions").param("year", String.valueOf(year)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode array = JSON.readTree(body);
		assertThat(array.isArray()).isTrue();
		List<JsonNode> list = new java.util.ArrayList<>();
		array.forEach(list::add);
		list.forEach(o -> assertThat(o.propertyNames()).containsExactlyInAnyOrder("id", "nameFr", "nameEn", "date",
				"endDate", "kind", "confirmed"));
		return list;
	}

	private static JsonNode byId(List<JsonNode> occasions, String id) {
		return occasions.stream().filter(o -> id.equals(o.get("id").asString())).findFirst().orElseThrow();
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(advisor)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}


}
