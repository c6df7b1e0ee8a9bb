package ca.pignon.content;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ca.pignon.support.PdfChecks;
import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.dossier.DataSubject;
import ca.pignon.dossier.PersonalRecord;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The value work in the browser's terms: the merchant answers and saves as they go (with htmx or without), a version is
 * kept only once the result is complete (every missing part said at once, what was typed kept), versions stay
 * readable, the one-page sheet prints and its PDF reads back; the dossier's rule keeps strangers out; the merchant's
 * data is theirs to read and erase.
 */
@SpringBootTest(properties = "pignon.test.context=content")
@AutoConfigureMockMvc
class ValueWorkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ContentPersonalData personalData;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails application;

	PignonUser merchant;

	PignonUser otherMerchant;

	String value;

	@BeforeEach
	void aRetainedMerchant() {
		fixture = new DiagnosticFixture(context);
		advisor = fixture.staff("Anne Conseil", Role.ADVISOR);
		List<ApplicationDetails> retained = fixture.retained(advisor, "Boulangerie Levain " + System.nanoTime(),
				"Quincaillerie " + System.nanoTime());
		application = retained.get(0);
		merchant = fixture.merchantUser(application);
		otherMerchant = fixture.merchantUser(retained.get(1));
		value = "/content/applications/" + application.id().value() + "/value";
	}

	@Test
	void theMerchantFindsTheirValueWorkFromTheirDossier() throws Exception {
		mvc.perform(get("/content/my/value").with(user(merchant)))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", value));
		assertThat(page(get(value), merchant)).contains("Votre valeur ajoutée")
			.contains("Pourquoi vos clients viennent-ils chez vous")
			.contains("Exemple : ");
	}

	@Test
	void savesAPartialDraftAsItGoes() throws Exception {
		// when, with htmx as the page does on each change
		String fragment = page(post(value).with(csrf())
			.header("HX-Request", "true")
			.param("answers[customers]", "Pour le pain au levain du samedi.")
			.param("differentiators[0]", "Farines du Québec"), merchant);
		// then
		// the live region #saved stays on the page: only its words come back, swapped inside it (announced)
		assertThat(fragment).contains("Enregistré le").doesNotContain("<html", "id=\"saved\"", "role=\"status\"");
		String page = page(get(value), advisor);
		assertThat(page).contains("Pour le pain au levain du samedi.").contains("value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape("Farines du Québec") + "\"");
	}

	@Test
	void keepsAVersionOnlyOfACompleteResultAndSaysEverythingMissingAtOnce() throws Exception {
		// when
		String page = page(post(value).with(csrf())
			.param("action", "keep")
			.param("answers[story]", "Ouverte par nos parents en 1998.")
			.param("statement", "Du pain. Du café. Des sourires.")
			.param("differentiators[0]", "Farines du Québec"), merchant);
		// then
		assertThat(page).contains("L’énoncé de valeur tient en une ou deux phrases.")
			.contains("Écrivez au moins 3 éléments qui vous distinguent (il y en a 1).")
			.contains("Décrivez au moins 2 clientèles (il y en a 0).")
			.contains("Choisissez un ton.")
			.contains("Ouverte par nos parents en 1998.")
			.contains("value=\"" + org.springframework.web.util.HtmlUtils.htmlEscape("Farines du Québec") + "\"");
		assertThat(versionCount()).isZero();
	}

	@Test
	void keepsVersionsThatStayReadableAndPrintsTheSheetAsAPdf() throws Exception {
		// given a first version, then a second
		keep("Le pain au levain de Limoilou, cuit chaque matin.", merchant);
		keep("Le levain de Limoilou, pour les habitués et les passants.", advisor);
		assertThat(versionCount()).isEqualTo(2);

		// when
		String first = page(get(value + "/sheet").param("version", "1"), merchant);
		String latest = page(get(value + "/sheet"), merchant);
		MvcResult pdf = mvc.perform(get(value + "/sheet.pdf").with(user(merchant)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
			.andReturn();

		// then
		assertThat(first).contains("Le pain au levain de Limoilou, cuit chaque matin.").contains("Version 1");
		assertThat(latest).contains("Le levain de Limoilou, pour les habitués et les passants.").contains("Version 2");
		PdfChecks.assertAccessible(pdf.getResponse().getContentAsByteArray());
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Le levain de Limoilou, pour les habitués et les passants.")
				.contains("Farines du Québec")
				.contains("Habitués du quartier")
				.contains("Chaleureux et familier")
				.contains("levain · quartier")
				.contains("Version 2");
		}
		assertThat(page(get(value), merchant)).contains("Version 1, gardée le").contains("Version 2, gardée le");
	}

	@Test
	void aTextTooLongComesBackAsTypedAndSavesNothing() throws Exception {
		String tooLong = "a".repeat(ValueSheetPolicy.STATEMENT_MAX + 1);
		String page = page(post(value).with(csrf()).param("statement", tooLong), merchant);
		assertThat(page).contains("Ce texte compte au plus 400 caractères ; il en a 401.").contains(tooLong);
		assertThat(fixture.jdbc.sql("SELECT count(*) FROM content_value_draft WHERE application_id = :a")
			.param("a", application.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void strangersToTheDossierAreToldNothingExists() throws Exception {
		PignonUser otherAdvisor = fixture.staff("Autre Conseil", Role.ADVISOR);
		for (PignonUser stranger : List.of(otherMerchant, otherAdvisor)) {
			mvc.perform(get(value).with(user(stranger))).andExpect(status().isNotFound());
			mvc.perform(get(value + "/sheet.pdf").with(user(stranger))).andExpect(status().isNotFound());
			mvc.perform(post(value).with(csrf()).with(user(stranger)).param("statement", "Intrus"))
				.andExpect(status().isNotFound());
		}
		assertThat(versionCount()).isZero();
	}

	@Test
	void givesTheMerchantTheirRecordsAndErasesThemOnAnonymisation() throws Exception {
		keep("Le pain au levain de Limoilou, cuit chaque matin.", merchant);
		DataSubject subject = new DataSubject(application.accountId(), application.id());
		assertThat(personalData.recordsOf(subject)).extracting(PersonalRecord::kind)
			.containsExactly("content.value_draft", "content.value_version");
		assertThat(personalData.recordsOf(subject).toString()).contains("Le pain au levain de Limoilou");
		// when
		personalData.anonymise(subject);
		// then
		assertThat(personalData.recordsOf(subject)).hasSize(2);
		assertThat(personalData.recordsOf(subject).toString()).doesNotContain("Limoilou").doesNotContain("Farines");
	}

	private void keep(String statement, PignonUser who) throws Exception {
		mvc.perform(post(value).with(csrf())
			.with(user(who))
			.param("action", "keep")
			.param("answers[customers]", "Pour le pain au levain du samedi.")
			.param("statement", statement)
			.param("differentiators[0]", "Farines du Québec")
			.param("differentiators[1]", "Ouvert dès 6 h")
			.param("differentiators[2]", "Levain de 30 ans")
			.param("profiles[0].name", "Habitués du quartier")
			.param("profiles[1].name", "Travailleurs du secteur")
			.param("profiles[1].description", "Un lunch rapide le midi")
			.param("tone", "WARM")
			.param("wordsToUse", "levain, quartier")).andExpect(status().is3xxRedirection());
	}

	private int versionCount() {
		return fixture.jdbc.sql("SELECT count(*) FROM content_value_version WHERE application_id = :a")
			.param("a", application.id().value())
			.query(Integer.class)
			.single();
	}

	private String page(MockHttpServletRequestBuilder request, PignonUser who) throws Exception {
		return mvc.perform(request.with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
