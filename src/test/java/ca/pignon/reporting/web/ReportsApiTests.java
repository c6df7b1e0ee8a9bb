package ca.pignon.reporting.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.followup.FollowupTest;
import ca.pignon.platform.PignonUser;
import ca.pignon.support.PdfChecks;
import tools.jackson.databind.json.JsonMapper;

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
		// the funnel, the indicators and the map's values
		assertThat(document.select("table caption")).hasSize(3);
		assertThat(document.select("svg.chart")).hasSize(2);
		assertThat(document.select("svg.report-map")).hasSize(1);
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


	@Test
	void answersXlsxWithTheJsonAnswersCellsAndSuppressedCellsEmptyWithANote() throws Exception {
		var json = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/reports/indicators")
			.param("groupBy", "arrondissement,sector").param("from", year + "-01-01").param("to", year + "-12-31")
			.with(user(city))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		byte[] xlsx = mvc.perform(get("/api/v1/reports/indicators").param("groupBy", "arrondissement,sector")
			.param("from", year + "-01-01").param("to", year + "-12-31")
			.header("Accept", ReportXlsx.MEDIA_TYPE)
			.with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(ReportXlsx.MEDIA_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		List<Row> rows;
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			rows = workbook.getFirstSheet().read();
		}
		List<String> indicators = new ArrayList<>();
		json.get("totals").propertyNames().forEach(indicators::add);
		List<String> header = new ArrayList<>(List.of("arrondissement", "sector"));
		header.addAll(indicators);
		assertThat(rows.get(0).stream().map(Cell::getText).toList()).isEqualTo(header);
		assertThat(rows).hasSize(json.get("rows").size() + 2);
		int suppressed = 0;
		for (int r = 0; r <= json.get("rows").size(); r++) {
			boolean total = r == json.get("rows").size();
			var expected = total ? json.get("totals") : json.get("rows").get(r).get("indicators");
			Row row = rows.get(r + 1);
			assertThat(row.getCellText(0)).isEqualTo(total ? "total" : json.get("rows").get(r).get("group").get("arrondissement").asString());
			assertThat(row.getCellText(1)).isEqualTo(total ? "total" : json.get("rows").get(r).get("group").get("sector").asString());
			for (int c = 0; c < indicators.size(); c++) {
				var cell = expected.get(indicators.get(c));
				if (cell.has("suppressed")) {
					suppressed++;
					assertThat(row.getCellText(c + 2)).as("a suppressed cell is empty").isEmpty();
				}
				else {
					assertThat(row.getCellAsNumber(c + 2)).as(indicators.get(c)).hasValueSatisfying(
							value -> assertThat(value).isEqualByComparingTo(cell.get("value").decimalValue()));
				}
			}
		}
		assertThat(suppressed).as("the data have suppressed cells").isPositive();
		String notes = zipEntries(xlsx).entrySet().stream().filter(e -> e.getKey().startsWith("xl/comments"))
			.map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
		assertThat(notes.split("<comment ", -1)).hasSize(suppressed + 1);
		assertThat(notes).contains("moins de 5 commerces");
	}

	@Test
	void downloadsATableAsXlsxFromThePage() throws Exception {
		byte[] xlsx = mvc.perform(get("/reports/indicators.xlsx").param("from", year + "-01-01")
			.param("to", year + "-12-31").param("groupBy", "employees").with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(ReportXlsx.MEDIA_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo("employees");
			assertThat(rows.get(rows.size() - 1).getCellText(0)).isEqualTo("total");
		}
		mvc.perform(get("/reports/indicators.xlsx").param("from", "demain").param("to", year + "-12-31").with(user(city)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("demain")));
	}

	@Test
	void printsTheQuarterlyReportAsATaggedPdfInFrenchOrEnglish() throws Exception {
		String quarter = Quarter.of(fixture.today()).toString();
		Quarter chosen = Quarter.read(quarter);
		var json = JsonMapper.builder().build().readTree(mvc.perform(get("/api/v1/reports/indicators")
			.param("groupBy", "arrondissement").param("from", chosen.first().toString())
			.param("to", chosen.last().toString()).with(user(city)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		byte[] pdf = mvc.perform(get("/reports/quarterly.pdf").param("quarter", quarter).with(user(city)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertAccessible(pdf);
		String text = PdfChecks.text(pdf);
		assertThat(text).contains("Rapport trimestriel du programme, T" + chosen.number() + " " + chosen.year())
			.contains("Le parcours des commerces").contains("Par arrondissement")
			.contains("Aucune SDC").contains("Une case qui compte moins de 5 commerces est masquée")
			.doesNotContain("démo)");
		for (var row : json.get("rows")) {
			String name = row.get("group").get("arrondissement").asString();
			assertThat(text).contains("none".equals(name) ? "aucun" : name);
		}
		var registered = json.get("totals").get("registered");
		assertThat(text).contains("Inscrits " + (registered.has("suppressed") ? "masqué" : registered.get("value").asString()));
		assertThat(PdfChecks.structureTypes(pdf)).contains("Table", "TH", "TD", "H1", "H2");

		byte[] english = mvc.perform(get("/reports/quarterly.pdf").param("quarter", quarter).param("language", "en")
			.with(user(city))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		PdfChecks.assertAccessible(english);
		assertThat(PdfChecks.text(english)).contains("Quarterly program report, Q" + chosen.number())
			.contains("By arrondissement").contains("No SDC");

		mvc.perform(get("/reports/quarterly.pdf").param("quarter", "2026-Q5").with(user(city)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("n’est pas un trimestre")));
	}

	@Test
	void offersTheQuarterlyReportOnThePage() throws Exception {
		Document document = Jsoup.parse(mvc.perform(get("/reports").with(user(city))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(document.select("form[action=/reports/quarterly.pdf] select#quarter option").first().attr("value"))
			.isEqualTo(Quarter.of(fixture.today()).toString());
		assertThat(document.select("form[action=/reports/quarterly.pdf] select#language option")).hasSize(2);
		assertThat(document.select("a[href^=/reports/indicators.xlsx]")).hasSize(2);
	}

	/** The entries of a zip, read by its central directory (fastexcel streams its entries with data descriptors). */
	private static java.util.Map<String, String> zipEntries(byte[] zip) throws java.io.IOException {
		var entries = new java.util.TreeMap<String, String>();
		java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
		try {
			java.nio.file.Files.write(file, zip);
			try (var in = new java.util.zip.ZipFile(file.toFile())) {
				for (var entry : java.util.Collections.list(in.entries())) {
					entries.put(entry.getName(), new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
		return entries;
	}

}
