package ca.pignon.diagnostic.web;

import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.diagnostic.DimensionResult;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.PdfChecks;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ResultPagesTests extends DiagnosticWebTest {

	PignonUser advisor;

	ApplicationDetails merchant;

	PignonUser merchantUser;

	@BeforeEach
	void aRetainedMerchant() {
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		merchant = fixture.retained(advisor, "Boulangerie Arc-en-ciel").get(0);
		merchantUser = fixture.merchantUser(merchant);
	}

	@Test
	void completingWithAnswersMissingListsThemWithLinks() throws Exception {
		var started = diagnostics.start(merchant.id(), ca.pignon.diagnostic.DiagnosticKind.T0,
				ca.pignon.diagnostic.DiagnosticFixture.respondent(advisor), FRENCH);
		var result = mvc.perform(postAs(advisor, "/diagnostic/" + started.id() + "/complete"))
			.andExpect(redirectedUrl("/diagnostic/applications/" + merchant.id().value()))
			.andExpect(flash().attribute("flashError", "diagnostic.complete.refused"))
			.andReturn();
		Document page = page(mvc.perform(getAs(advisor, "/diagnostic/applications/" + merchant.id().value())
			.flashAttrs(result.getFlashMap())).andReturn());
		assertThat(page.select("#missing li a").first().attr("href"))
			.isEqualTo("/diagnostic/" + started.id() + "/dimensions/goals#q-goals-priorities");
		assertThat(page.select("#missing").text()).contains("Objectifs et stratégie : Qu’aimeriez-vous obtenir");
	}

	@Test
	void theResultShowsTheChartStrengthsAndGapsAndTheAdvisorAlsoSeesAnswersAndNotes() throws Exception {
		// given a diagnostic strong on the website, with a note
		DiagnosticId id = completedWithNote();
		DiagnosticResult result = reader.result(id, true, FRENCH);
		// when the advisor and the merchant open the result
		Document staffPage = page(mvc.perform(getAs(advisor, "/diagnostic/" + id + "/result")).andExpect(status().isOk()).andReturn());
		Document merchantPage = page(mvc.perform(getAs(merchantUser, "/diagnostic/" + id + "/result")).andExpect(status().isOk()).andReturn());
		// then both see every dimension's score in the chart's table, the strengths and the gaps
		for (Document page : java.util.List.of(staffPage, merchantPage)) {
			assertThat(page.select("table.scores tbody tr")).hasSize(10);
			assertThat(page.select("table.scores tbody tr").get(2).text()).startsWith("Site web 100 exemplaire");
			assertThat(page.select("table.scores svg rect.bar-value")).hasSize(10);
			assertThat(page.select(".strengths li").text()).contains("Site web (100 sur 100)");
			assertThat(page.select("ol.gaps > li")).hasSizeBetween(3, 5);
			for (DimensionResult gap : result.gaps()) {
				assertThat(page.select("ol.gaps").text()).contains(gap.title(), gap.gapText());
			}
			assertThat(page.select(".overall-score").text())
				.isEqualTo(result.scores().overall() + " sur 100 : niveau débutant");
		}
		// and only the advisor sees the answers and the private note
		assertThat(staffPage.select(".answers").text()).contains("Les heures d’ouverture", "Je ne sais pas encore",
				"Le propriétaire veut d’abord un site.");
		assertThat(merchantPage.select(".answers")).isEmpty();
		assertThat(merchantPage.text()).doesNotContain("Le propriétaire veut d’abord un site.");
	}

	@Test
	void theResultDownloadsAsATaggedPdfWithTheScoresAndGapsInFrench() throws Exception {
		DiagnosticId id = completedWithNote();
		DiagnosticResult result = reader.result(id, false, FRENCH);
		var response = mvc.perform(getAs(merchantUser, "/diagnostic/" + id + "/result.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains(".pdf");
		byte[] bytes = response.getContentAsByteArray();
		// kept for a person to look at after the build
		java.nio.file.Files.write(java.nio.file.Path.of("target", "diagnostic-result-example.pdf"), bytes);
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
			assertThat(text).contains("Résultat du diagnostic : Boulangerie Arc-en-ciel",
					result.scores().overall() + " sur 100 : niveau débutant", "Vos plus grands écarts",
					"Site web (100 sur 100)");
			for (DimensionResult gap : result.gaps()) {
				assertThat(text).contains(gap.title() + " (" + gap.score() + " sur 100)");
			}
			assertThat(text).doesNotContain("Le propriétaire veut d’abord un site.");
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Résultat du diagnostic : Boulangerie Arc-en-ciel");
			assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
		}
		PdfChecks.assertAccessible(bytes);
		// each dimension's row starts with its header cell, under the column headers
		assertThat(PdfChecks.tableRows(bytes)).startsWith("TH TH TH TH")
			.containsOnly("TH TH TH TH", "TH TD TD TD")
			.filteredOn("TH TD TD TD"::equals)
			.hasSizeGreaterThanOrEqualTo(result.dimensions().size());
		// words a font sets with ligatures are found as typed
		java.util.List<String> words = PdfChecks.wordsWithLigatures(result.gaps().stream().map(DimensionResult::gapText).toList());
		assertThat(words).as("the gaps' texts have words with fi, ff or fl").isNotEmpty();
		assertThat(PdfChecks.storedText(bytes)).contains(words);
	}

	@Test
	void theStaffPdfHasHeaderCellsInEveryAnswerTableAndTheEnglishPdfLeavesTheInterfaceFrench() throws Exception {
		DiagnosticId id = completedWithNote();
		DiagnosticResult result = reader.result(id, true, FRENCH);
		byte[] staffPdf = mvc.perform(getAs(advisor, "/diagnostic/" + id + "/result.pdf?language=fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		PdfChecks.assertAccessible(staffPdf);
		assertThat(PdfChecks.text(staffPdf)).contains("Le propriétaire veut d’abord un site.");
		// the scores, then one table per dimension's answers: a header row, then a header cell per question
		java.util.List<String> rows = PdfChecks.tableRows(staffPdf);
		assertThat(rows).filteredOn("TH TH"::equals).hasSize(result.answers().size());
		assertThat(rows).filteredOn("TH TD"::equals)
			.hasSize(result.answers().stream().mapToInt(answers -> answers.answers().size()).sum());
		assertThat(rows).allSatisfy(row -> assertThat(row).startsWith("TH"));

		// the English PDF, linked from the French result page, is in English
		Document page = page(mvc.perform(getAs(merchantUser, "/diagnostic/" + id + "/result")).andReturn());
		String english = page.select("a[hreflang=en][href*=result.pdf]").attr("href");
		assertThat(english).isEqualTo("/diagnostic/" + id + "/result.pdf?language=en");
		var response = mvc.perform(getAs(merchantUser, english))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie().doesNotExist("pignon-lang"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition")).contains("-en.pdf");
		byte[] englishPdf = response.getContentAsByteArray();
		PdfChecks.assertAccessible(englishPdf);
		try (PDDocument pdf = Loader.loadPDF(englishPdf)) {
			assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("en");
			assertThat(PdfChecks.text(englishPdf)).contains(reader.result(id, false, java.util.Locale.CANADA).gaps().get(0).title());
		}
		// and the next page, with whatever the PDF's answer set, is still in French
		var nextRequest = getAs(merchantUser, "/diagnostic/" + id + "/result");
		if (response.getCookies().length > 0) {
			nextRequest.cookie(response.getCookies());
		}
		Document next = page(mvc.perform(nextRequest).andReturn());
		assertThat(next.select("html").attr("lang")).startsWith("fr");
	}

	@Test
	void aResultIsNotShownBeforeTheDiagnosticIsComplete() throws Exception {
		var started = diagnostics.start(merchant.id(), ca.pignon.diagnostic.DiagnosticKind.T0,
				ca.pignon.diagnostic.DiagnosticFixture.respondent(merchantUser), FRENCH);
		mvc.perform(getAs(merchantUser, "/diagnostic/" + started.id() + "/result")).andExpect(redirectedUrl("/diagnostic/my"));
		mvc.perform(getAs(merchantUser, "/diagnostic/" + started.id() + "/result.pdf")).andExpect(status().isNotFound());
	}

	private DiagnosticId completedWithNote() throws Exception {
		DiagnosticId id = fixture.completedLater(merchant.id(), advisor, Set.of("website"));
		var summary = diagnostics.summary(id);
		diagnostics.save(id, "website", java.util.List.of(), java.util.Map.of(), "Le propriétaire veut d’abord un site.",
				summary.version(), ca.pignon.diagnostic.DiagnosticFixture.respondent(advisor), FRENCH);
		mvc.perform(postAs(advisor, "/diagnostic/" + id + "/complete")).andExpect(redirectedUrl("/diagnostic/" + id + "/result"));
		return id;
	}

}
