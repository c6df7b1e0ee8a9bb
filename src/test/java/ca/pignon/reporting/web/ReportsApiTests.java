package ca.pignon.reporting.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupTest;
import ca.pignon.platform.PignonUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The reports' API and page with data of the real modules: the issue's JSON shape, the CSV, the City's page. */
class ReportsApiTests extends FollowupTest {

	MockMvc mvc;

	PignonUser city;

	String year;

	@BeforeEach
	void sixMerchants() {
		mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
		PignonUser anne = fixture.advisor("Anne Tremblay");
		fixture.accompanied(anne, "Boulangerie du Parvis (démo)", "Fleuriste Saint-Jean (démo)",
				"Épicerie du Faubourg (démo)", "Librairie Limoilou (démo)", "Café de la Côte (démo)",
				"Quincaillerie Saint-Roch (démo)");
		city = fixture.merchants.staff("Victor Ville", ca.pignon.platform.Role.CITY);
		year = String.valueOf(fixture.today().getYear());
	}

	@Test
	void answersTheIssuesShape() throws Exception {
		mvc.perform(get("/api/v1/reports/indicators").param("groupBy", "arrondissement,sector")
			.param("from", year + "-01-15")
			.param("to", year + "-12-31")
			.with(user(city)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.groupBy[0]", is("arrondissement")))
			.andExpect(jsonPath("$.groupBy[1]", is("sector")))
			.andExpect(jsonPath("$.from", is(year + "-01-01")))
			.andExpect(jsonPath("$.to", is(year + "-12-31")))
			.andExpect(jsonPath("$.minimumCell", is(5)))
			.andExpect(jsonPath("$.totals.registered.value", is(6)))
			.andExpect(jsonPath("$.totals.registered.suppressed").doesNotExist())
			.andExpect(jsonPath("$.totals.drop-outs.value", nullValue()))
			.andExpect(jsonPath("$.totals.drop-outs.suppressed", is(true)))
			.andExpect(jsonPath("$.rows[0].group.arrondissement").isString())
			.andExpect(jsonPath("$.rows[0].group.sector").isString())
			.andExpect(jsonPath("$.rows[0].indicators.registered").exists())
			.andExpect(jsonPath("$.rows[0].indicators.score-change-median").exists());
	}

	@Test
	void answersCsvWhenAskedTo() throws Exception {
		String csv = mvc.perform(get("/api/v1/reports/indicators").param("groupBy", "employees")
			.param("from", year + "-01-01")
			.param("to", year + "-12-31")
			.header("Accept", "text/csv")
			.with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(csv)).getRecords();
		CSVRecord total = records.get(records.size() - 1);
		assertThat(total.get("employees")).isEqualTo("total");
		assertThat(total.get("registered")).isEqualTo("6");
		assertThat(total.get("registered-suppressed")).isEqualTo("false");
		assertThat(total.get("drop-outs")).isEmpty();
		assertThat(total.get("drop-outs-suppressed")).isEqualTo("true");
	}

	@Test
	void showsTheCityItsPageWithTheFunnelAndTheTables() throws Exception {
		String page = mvc.perform(get("/reports").param("from", year + "-01-01")
			.param("to", year + "-12-31")
			.param("groupBy", "arrondissement", "")
			.with(user(city)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document document = Jsoup.parse(page);
		assertThat(document.select("#funnel-title")).hasSize(1);
		assertThat(document.select("table caption")).hasSize(2);
		assertThat(document.select("table").get(0).select("tbody tr").get(0).select("td").text()).isEqualTo("6");
		assertThat(document.select("a[href^=/reports/indicators.csv]")).hasSize(2);
		assertThat(page).doesNotContain("démo)");
		assertThat(document.select("nav a[href=/reports]")).isNotEmpty();
		ca.pignon.support.HtmlConformance.assertValid("/reports", page);
	}

	@Test
	void showsABadPeriodOnThePageWithWhatWasTyped() throws Exception {
		String page = mvc.perform(get("/reports").param("from", year + "-12-01")
			.param("to", year + "-01-31")
			.with(user(city)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document document = Jsoup.parse(page);
		assertThat(document.select("#error-summary").text()).contains("est après la date de fin");
		assertThat(document.select("#from").attr("value")).isEqualTo(year + "-12-01");
		assertThat(document.select("#to").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void downloadsATableAsCsv() throws Exception {
		String csv = mvc.perform(get("/reports/indicators.csv").param("from", year + "-01-01")
			.param("to", year + "-12-31")
			.param("groupBy", "sector")
			.with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().findFirst().orElseThrow()).startsWith("sector,registered,registered-suppressed");
		assertThat(LocalDate.parse(year + "-01-01")).isNotNull();
	}

}
