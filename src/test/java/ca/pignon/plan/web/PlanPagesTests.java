package ca.pignon.plan.web;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import ca.pignon.support.PdfChecks;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSpringTest;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;

/** The plan's pages over MockMvc, security filters included. */
@PlanSpringTest
class PlanPagesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	WebApplicationContext web;

	@Autowired
	PlanManagement plans;

	@Autowired
	PlanDocuments documents;

	PlanFixture fixture;

	MockMvc mvc;

	PignonUser advisor;

	ApplicationDetails merchant;

	PignonUser merchantUser;

	@BeforeEach
	void aDiagnosedMerchant() {
		fixture = new PlanFixture(context);
		fixture.reset();
		mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
		advisor = fixture.advisor();
		merchant = fixture.diagnosed(advisor, "Boulangerie Arc-en-ciel", Set.of("website"));
		merchantUser = fixture.diagnostics.merchantUser(merchant);
	}

	static MockHttpServletRequestBuilder getAs(PignonUser who, String path) {
		return get(path).with(user(who));
	}

	static MockHttpServletRequestBuilder postAs(PignonUser who, String path) {
		return post(path).with(csrf()).with(user(who));
	}

	static Document page(MvcResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	String planPage() {
		return "/plan/applications/" + merchant.id().value();
	}

	@Test
	void theAdvisorDraftsThePlanFromTheFormAndSeesItsActionsAndTimeline() throws Exception {
		Document form = page(mvc.perform(getAs(advisor, planPage())).andExpect(status().isOk()).andReturn());
		assertThat(form.select("#f-start").attr("value")).isEqualTo(plans.nextMonth().toString());
		mvc.perform(postAs(advisor, planPage()).param("start", plans.nextMonth().toString()).param("hoursPerWeek", "1,5"))
			.andExpect(redirectedUrl(planPage()));
		PlanSummary plan = plans.planOf(merchant.id()).orElseThrow();
		PlanDocument document = documents.document(plan.id(), null, FRENCH);
		Document editor = page(mvc.perform(getAs(advisor, planPage())).andExpect(status().isOk()).andReturn());
		assertThat(editor.select(".plan-item")).hasSize(document.actions().size());
		assertThat(editor.select("table.plan-timeline tbody tr")).hasSize(document.months().size());
		assertThat(editor.select("#warnings").text()).contains("Rien à signaler");
		assertThat(editor.select(".plan-history tbody tr")).hasSize(1);
	}

	@Test
	void aBadDraftKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
		String past = plans.nextMonth().minusMonths(3).toString();
		Document page = page(mvc.perform(postAs(advisor, planPage()).param("start", past).param("hoursPerWeek", "-3"))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#error-summary").text()).contains("Ce mois est déjà passé",
				"plus grand que 0");
		assertThat(page.select("#f-start").attr("value")).isEqualTo(past);
		assertThat(page.select("#f-hoursPerWeek").attr("value")).isEqualTo("-3");
		assertThat(plans.planOf(merchant.id())).isEmpty();
	}

	@Test
	void aCustomActionTakesHalfHoursAndEveryTotalCountsThem() throws Exception {
		// given a drafted plan
		PlanSummary plan = plans.draft(merchant.id(), plans.nextMonth(), new BigDecimal("2"), PlanFixture.actor(advisor),
				FRENCH);
		PlanDocument before = documents.document(plan.id(), 1, FRENCH);
		String month = plans.nextMonth().toString();
		// a quarter of an hour is refused, what was typed kept
		Document refused = page(mvc.perform(custom(plan, "1,25", month)).andExpect(status().isOk()).andReturn());
		assertThat(refused.select("#f-hours-error").text()).contains("à la demi-heure près");
		assertThat(refused.select("#f-hours").attr("value")).isEqualTo("1,25");
		assertThat(refused.select("#f-hours").attr("inputmode")).isEqualTo("decimal");
		// when the advisor adds an action of an hour and a half
		mvc.perform(custom(plan, "1,5", month)).andExpect(status().is3xxRedirection());
		// then the action keeps its half hour and every total counts it
		PlanDocument after = documents.document(plan.id(), 2, FRENCH);
		ActionView added = after.actions().stream().filter(ActionView::custom).findFirst().orElseThrow();
		assertThat(added.hours()).isEqualByComparingTo("1.5");
		BigDecimal sum = after.actions().stream().map(ActionView::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(after.totalHours()).isEqualByComparingTo(sum)
			.isEqualByComparingTo(before.totalHours().add(added.hours()));
		assertThat(after.hoursByDoer().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo(sum);
		assertThat(after.hoursByDoer().get(Doer.MERCHANT))
			.isEqualByComparingTo(before.hoursByDoer().getOrDefault(Doer.MERCHANT, BigDecimal.ZERO).add(added.hours()));
		MonthView first = after.months().stream().filter(m -> m.month().equals(added.month())).findFirst().orElseThrow();
		MonthView firstBefore = before.months()
			.stream()
			.filter(m -> m.month().equals(added.month()))
			.findFirst()
			.orElseThrow();
		assertThat(first.hours()).isEqualByComparingTo(firstBefore.hours().add(added.hours()));
		// and the pages say it in French: "1,5 h", the total with its comma
		Document editor = page(mvc.perform(getAs(advisor, planPage())).andExpect(status().isOk()).andReturn());
		assertThat(editor.text()).contains("Grand ménage ").contains("1,5 h").doesNotContain("1.5 h");
		Document merchantDocument = page(mvc.perform(getAs(advisor, "/plan/" + plan.id() + "/document"))
			.andExpect(status().isOk())
			.andReturn());
		String total = java.text.NumberFormat.getInstance(FRENCH).format(sum);
		assertThat(merchantDocument.text()).contains("En tout : " + total + " h");
	}

	private MockHttpServletRequestBuilder custom(PlanSummary plan, String hours, String month) {
		return postAs(advisor, "/plan/" + plan.id() + "/edit").param("version", "1")
			.param("op", "custom")
			.param("title", "Grand ménage des photos")
			.param("hours", hours)
			.param("costMin", "0")
			.param("costMax", "0")
			.param("doer", "MERCHANT")
			.param("customMonth", month);
	}

	@Test
	void aRefusedCustomActionKeepsWhatWasTypedAndAStaleEditShowsWhatChanged() throws Exception {
		PlanSummary plan = plans.draft(merchant.id(), plans.nextMonth(), new BigDecimal("2"), PlanFixture.actor(advisor), FRENCH);
		String past = plans.nextMonth().minusMonths(2).toString();
		Document refused = page(mvc.perform(postAs(advisor, "/plan/" + plan.id() + "/edit").param("version", "1")
			.param("op", "custom")
			.param("title", "Refaire l’enseigne")
			.param("hours", "-2")
			.param("costMin", "0")
			.param("costMax", "400")
			.param("doer", "PROVIDER")
			.param("customMonth", past)).andExpect(status().isOk()).andReturn());
		assertThat(refused.select("#error-summary a").eachAttr("href")).containsExactly("#f-hours", "#f-customMonth");
		assertThat(refused.select("#f-title").attr("value")).isEqualTo("Refaire l’enseigne");
		assertThat(refused.select("#f-costMax").attr("value")).isEqualTo("400");
		assertThat(refused.select("#f-doer-PROVIDER").hasAttr("checked")).isTrue();
		// someone else changes the plan; the note typed on version 1 is refused, kept, and the change is named
		String first = documents.document(plan.id(), 1, FRENCH).actions().get(0).key();
		plans.edit(plan.id(), 1, new ca.pignon.plan.PlanEdit.Remove(first), PlanFixture.actor(advisor), FRENCH);
		Document stale = page(mvc.perform(postAs(advisor, "/plan/" + plan.id() + "/edit").param("version", "1")
			.param("op", "note")
			.param("note", "Mon mot au commerçant")).andExpect(status().isOk()).andReturn());
		assertThat(stale.select("#conflict").text()).contains("Version 2 : Action retirée", "Anne Tremblay");
		assertThat(stale.select("#f-note").text()).isEqualTo("Mon mot au commerçant");
	}

	@Test
	void theMerchantSeesNothingBeforeItIsSentThenApprovesAndDownloadsTheTaggedPdf() throws Exception {
		PlanSummary plan = plans.draft(merchant.id(), plans.nextMonth(), new BigDecimal("1.5"), PlanFixture.actor(advisor),
				FRENCH);
		assertThat(page(mvc.perform(getAs(merchantUser, "/plan/my")).andReturn()).select(".notice.info").text())
			.contains("prépare votre plan");
		mvc.perform(getAs(merchantUser, "/plan/" + plan.id() + "/document")).andExpect(status().isNotFound());
		mvc.perform(postAs(advisor, "/plan/" + plan.id() + "/send").param("version", "1")).andExpect(redirectedUrl(planPage()));
		// a wrong name is refused and kept
		Document refused = page(mvc.perform(postAs(merchantUser, "/plan/my/approve").param("version", "1")
			.param("name", "Rosa G.")).andExpect(status().isOk()).andReturn());
		assertThat(refused.select("#error-summary").text()).contains("Rosalie Gingras");
		assertThat(refused.select("#f-name").attr("value")).isEqualTo("Rosa G.");
		mvc.perform(postAs(merchantUser, "/plan/my/approve").param("version", "1").param("name", "rosalie gingras"))
			.andExpect(redirectedUrl("/plan/my"));
		Document mine = page(mvc.perform(getAs(merchantUser, "/plan/my")).andReturn());
		assertThat(mine.text()).contains("Approuvé par rosalie gingras");
		assertThat(mine.select("#f-name")).isEmpty();

		PlanDocument document = documents.document(plan.id(), 1, FRENCH);
		var response = mvc.perform(getAs(merchantUser, "/plan/" + plan.id() + "/document.pdf?language=fr"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "plan-example.pdf"), bytes);
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
			assertThat(text).contains("Plan d’action : Boulangerie Arc-en-ciel", "Ce que le diagnostic a montré",
					"Vos objectifs", "Le calendrier, mois par mois", "Qui fait quoi, heures et coûts",
					"Approuvé par rosalie gingras");
			for (ActionView action : document.actions()) {
				assertThat(text).contains(action.title());
			}
			assertThat(text).contains(document.months().get(0).label(), document.objectives().get(0).dimension());
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Plan d’action : Boulangerie Arc-en-ciel");
			assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("fr");
			assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
		}
		// and in English on request
		byte[] english = mvc.perform(getAs(merchantUser, "/plan/" + plan.id() + "/document.pdf?language=en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(english)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Action plan: Boulangerie Arc-en-ciel", "Your goals",
					documents.document(plan.id(), 1, java.util.Locale.CANADA).actions().get(0).title());
			assertThat(pdf.getDocumentCatalog().getLanguage()).startsWith("en");
		}
		// both pass PDF/UA-1, their tables have header cells, and words set with ligatures read as typed
		PdfChecks.assertAccessible(bytes);
		PdfChecks.assertAccessible(english);
		assertThat(PdfChecks.tableRows(bytes)).isNotEmpty().allSatisfy(row -> assertThat(row).startsWith("TH"));
		assertThat(PdfChecks.structureTypes(bytes)).as("the plan links its resources, each link checked").contains("Link");
		// (PDFBox's extraction turns ligatures back into letters; the stored text must hold the letters themselves)
		java.util.List<String> words = PdfChecks.wordsWithLigatures(java.util.List.of(PdfChecks.text(bytes)));
		assertThat(words).as("the plan has words with fi, ff or fl").isNotEmpty();
		assertThat(PdfChecks.storedText(bytes)).contains(words);
	}

	@Test
	void anotherAdvisorSeesNoPlanOfACaseloadNotTheirs() throws Exception {
		PlanSummary plan = plans.draft(merchant.id(), plans.nextMonth(), new BigDecimal("2"), PlanFixture.actor(advisor), FRENCH);
		PignonUser other = fixture.diagnostics.staff("Paul Bouchard", ca.pignon.platform.Role.ADVISOR);
		mvc.perform(getAs(other, planPage())).andExpect(status().isNotFound());
		mvc.perform(getAs(other, "/plan/" + plan.id() + "/document")).andExpect(status().isNotFound());
		mvc.perform(postAs(other, "/plan/" + plan.id() + "/send").param("version", "1")).andExpect(status().isNotFound());
	}

	@Test
	void aCatalogueWithACycleIsRefusedOnUploadWithItsPath() throws Exception {
		PignonUser manager = fixture.diagnostics.staff("Hélène Gagnon", ca.pignon.platform.Role.MANAGER);
		String source = plans.catalogueSource(plans.currentCatalogue().version())
			.replace("    requires: [vis-claim-profile]\n    indicator: {fr: \"Fiche Google complète",
					"    requires: [vis-claim-profile]\n    indicator: {fr: \"Fiche Google complète")
			.replaceFirst("(?m)^(    doer: advisor\n    indicator: \\{fr: \"Fiche Google validée)",
					"    doer: advisor\n    requires: [vis-complete-profile]\n    indicator: {fr: \"Fiche Google validée");
		Document page = page(mvc.perform(postAs(manager, "/plan/catalogue/preview").param("source", source))
			.andExpect(status().isOk())
			.andReturn());
		assertThat(page.select("#error-summary").text())
			.contains("Les prérequis tournent en rond : vis-claim-profile → vis-complete-profile → vis-claim-profile");
		assertThat(page.select("#source").text()).contains("vis-complete-profile");
	}

}
