package ca.pignon.journeys;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticReader;
import ca.pignon.diagnostic.DiagnosticStatus;
import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.TeamPlaces;
import ca.pignon.shared.AccountId;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retained merchant fills two themes of the diagnostic alone, leaves and comes back to find them; their advisor
 * completes the rest with notes during the meeting and marks it complete; both read the result with its chart,
 * strengths and gaps, and the PDF downloads. In a real browser with htmx, every page scanned with axe-core. The same
 * configuration as the other journeys, so that they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class DiagnosticJourneyTests {

	static final String BUSINESS = "Boulangerie du Parvis (diagnostic)";

	static final String ADVISOR = "Anne Tremblay";

	static final String NOTE = "Veut d’abord être trouvée sur Google ; photos à refaire.";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	SelectionManagement selection;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	DiagnosticReader reader;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aMerchantAndTheirAdvisorCompleteADiagnosticAndReadItsResult() throws Exception {
		// given a merchant retained with Anne as advisor, through the selection API
		String advisorEmail = ApplicationFixture.uniqueEmail("anne");
		String managerEmail = ApplicationFixture.uniqueEmail("gestion");
		AccountId advisor = StaffFixture.staffMember(accounts, jdbc, advisorEmail, ADVISOR, Role.ADVISOR);
		AccountId manager = StaffFixture.staffMember(accounts, jdbc, managerEmail, "Hélène Gagnon", Role.MANAGER);
		var merchant = anApplication(intake).named(BUSINESS);
		ApplicationDetails application = merchant.submit();
		Actor managing = Actor.of(manager);
		selection.currentRound().ifPresent(open -> selection.closeRound(open.id(), managing));
		RoundId round = selection.openRound("Cohorte du diagnostic (parcours)",
				List.of(new TeamPlaces("Équipe Centre", 50, Set.of(advisor))), managing);
		selection.decide(new RecordDecision(round, application.id(), DecisionStatus.RETAINED, null, advisor,
				"selection.reason.RETAINED.withinPlaces", "Votre dossier se classe parmi les places offertes.",
				selection.ranking(round).row(application.id()).orElseThrow().version(), managing));

		// the merchant finds the diagnostic on their dossier and starts it
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("diagnostic")).getText()).contains("Votre diagnostic numérique");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Ouvrir mon diagnostic"));
		Pages.waitForHeading(browser, "Mon diagnostic numérique");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Commencer mon diagnostic']"));
		Pages.waitForHeading(browser, "Objectifs et stratégie");
		Accessibility.assertNoSeriousViolations(browser);

		// two themes alone; a wrong number first is refused with nothing lost
		answerEveryQuestion();
		click(By.xpath("//button[normalize-space()='Enregistrer et continuer']"));
		Pages.waitForHeading(browser, "Visibilité et recherche locale");
		// the conditional question about the profile appears once the merchant says they manage it (htmx)
		assertThat(browser.findElements(By.id("q-vis-profile-current"))).isEmpty();
		click(By.cssSelector("label[for='q-vis-google-profile-managed']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("q-vis-profile-current")).isEmpty());
		// and is announced in the live region, which the swap kept in place
		Pages.waitUntil(browser, () -> browser.findElement(By.id("autosave")).getText().contains("1 question ajoutée"));
		assertThat(browser.findElements(By.cssSelector("[id=autosave]"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#sheet #autosave"))).isEmpty();
		answerEveryQuestion();
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Enregistrer et continuer']"));
		Pages.waitForHeading(browser, "Site web");
		signOut();

		// back later: the answers are there
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("diagnostic")).getText()).contains("réponses sur");
		click(By.linkText("Ouvrir mon diagnostic"));
		Pages.waitForHeading(browser, "Mon diagnostic numérique");
		click(By.linkText("Remplir le questionnaire"));
		Pages.waitForHeading(browser, "Objectifs et stratégie");
		assertThat(browser.findElement(By.cssSelector(".dimension-progress")).getText())
			.contains("Objectifs et stratégie (5 sur 5)", "Visibilité et recherche locale (5 sur 5)");
		assertThat(browser.findElement(By.id("q-goals-written-ALREADY")).isSelected()).isTrue();
		signOut();

		// the advisor opens it from their caseload, adds notes and completes every theme
		signIn(advisorEmail, StaffFixture.PASSWORD);
		click(By.linkText("Mes évaluations"));
		Pages.waitForHeading(browser, "Mes évaluations");
		click(By.xpath("//li[a[normalize-space()='" + BUSINESS + "']]/a[normalize-space()='Diagnostic']"));
		Pages.waitForHeading(browser, "Diagnostic : " + BUSINESS);
		Accessibility.assertNoSeriousViolations(browser);
		// completing too early lists what is missing
		click(By.xpath("//button[normalize-space()='Marquer le diagnostic comme terminé']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("missing")).isEmpty());
		assertThat(browser.findElement(By.id("missing")).getText()).contains("Site web : Avez-vous un site web ?");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Remplir le questionnaire"));
		Pages.waitForHeading(browser, "Objectifs et stratégie");
		Pages.type(browser, "q-note", NOTE);
		click(By.xpath("//button[normalize-space()='Enregistrer et continuer']"));
		Pages.waitForHeading(browser, "Visibilité et recherche locale");
		click(By.xpath("//button[normalize-space()='Enregistrer et continuer']"));
		Pages.waitForHeading(browser, "Site web");
		for (String next : List.of("Réseaux sociaux et contenu", "Vente en ligne, réservations et cueillette",
				"Relation client et avis", "Paiements et outils internes", "Mesure et données",
				"Cybersécurité et vie privée", "Compétences et temps")) {
			answerEveryQuestion();
			click(By.xpath("//button[normalize-space()='Enregistrer et continuer']"));
			Pages.waitForHeading(browser, next);
		}
		// a number out of range is refused with its message, and the typed text kept
		Pages.type(browser, "q-skills-hours", "200");
		Pages.type(browser, "q-skills-wish", "Faire de belles photos");
		click(By.xpath("//button[normalize-space()='Enregistrer et terminer']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Écrivez un nombre de 0 à 80.");
		assertThat(browser.findElement(By.id("q-skills-wish")).getDomProperty("value")).isEqualTo("Faire de belles photos");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "q-skills-hours", "3");
		answerEveryQuestion();
		click(By.xpath("//button[normalize-space()='Enregistrer et terminer']"));
		Pages.waitForHeading(browser, "Diagnostic : " + BUSINESS);
		click(By.xpath("//button[normalize-space()='Marquer le diagnostic comme terminé']"));
		Pages.waitForHeading(browser, "Résultat du diagnostic : " + BUSINESS);
		Pages.waitForNotice(browser, "Le diagnostic est terminé : voici son résultat.");
		var completed = diagnostics.diagnosticsOf(application.id()).get(0);
		assertThat(completed.status()).isEqualTo(DiagnosticStatus.COMPLETED);
		var result = reader.result(completed.id(), true, ApplicationFixture.FRENCH);
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains(result.scores().overall() + " sur 100", "Vos forces", "Vos plus grands écarts",
				result.gaps().get(0).title(), result.gaps().get(0).gapText(), NOTE);
		assertThat(browser.findElements(By.cssSelector("table.scores tbody tr"))).hasSize(10);
		Accessibility.assertNoSeriousViolations(browser);
		// the PDF downloads in the same session
		HttpResponse<byte[]> pdf = download("/diagnostic/" + completed.id() + "/result.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		signOut();

		// the merchant reads the same result, without the advisor's notes
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("diagnostic")).getText()).contains("terminé, note globale " + result.scores().overall());
		click(By.linkText("Ouvrir mon diagnostic"));
		Pages.waitForHeading(browser, "Mon diagnostic numérique");
		click(By.linkText("Voir le résultat"));
		Pages.waitForHeading(browser, "Résultat du diagnostic : " + BUSINESS);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(result.gaps().get(0).gapText())
			.doesNotContain(NOTE);
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(download("/diagnostic/" + completed.id() + "/result.pdf").statusCode()).isEqualTo(200);
		signOut();

		// and the manager's question bank: download the version in use, upload it back (a real multipart form with its
		// CSRF token through Tomcat), read the preview of the next version
		signIn(managerEmail, StaffFixture.PASSWORD);
		click(By.linkText("Banque de questions"));
		Pages.waitForHeading(browser, "Banque de questions du diagnostic");
		Accessibility.assertNoSeriousViolations(browser);
		int current = diagnostics.currentBank().version();
		HttpResponse<byte[]> file = download("/diagnostic/bank/" + current + "/source");
		assertThat(file.statusCode()).isEqualTo(200);
		java.nio.file.Path upload = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "bank", ".yaml");
		java.nio.file.Files.write(upload, file.body());
		browser.findElement(By.id("file")).sendKeys(upload.toAbsolutePath().toString());
		click(By.xpath("//button[normalize-space()='Vérifier et prévisualiser']"));
		Pages.waitForHeading(browser, "Aperçu de la version " + (current + 1));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Le fichier est valide : 10 thèmes");
		Accessibility.assertNoSeriousViolations(browser);
		signOut();
	}

	/**
	 * Answers every question of the page still unanswered, the way a person would (first choice, a number, a few
	 * words), waiting for htmx to save each change and show the questions it opens.
	 */
	private static void answerEveryQuestion() {
		for (int guard = 0; guard < 40; guard++) {
			waitForHtmx();
			WebElement open = firstUnanswered();
			if (open == null) {
				return;
			}
			String id = open.getDomAttribute("id");
			if (open.getTagName().equals("fieldset")) {
				String input = open.findElement(By.cssSelector("input")).getDomAttribute("id");
				click(By.cssSelector("label[for='" + input + "']"));
				Pages.waitUntil(browser, () -> browser.findElement(By.id(input)).isSelected());
			}
			else {
				Pages.type(browser, id, id.equals("q-sales-share") || id.equals("q-skills-hours") ? "3" : "Plus de clients du quartier");
				browser.findElement(By.tagName("h1")).click();
			}
		}
		throw new AssertionError("questions left unanswered on " + browser.getCurrentUrl());
	}

	private static WebElement firstUnanswered() {
		for (WebElement question : browser.findElements(By.cssSelector("#sheet .question"))) {
			if (question.getTagName().equals("fieldset")) {
				if (question.findElements(By.cssSelector("input:checked")).isEmpty()) {
					return question;
				}
			}
			else {
				WebElement input = question.findElement(By.cssSelector("input"));
				if (input.getDomProperty("value").isBlank()) {
					return input;
				}
			}
		}
		return null;
	}

	private static void waitForHtmx() {
		Pages.waitUntil(browser, () -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
				"return document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling') === null")));
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "JSESSIONID=" + session)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private void signIn(String email, String password) {
		open("/login");
		Pages.waitForHeading(browser, "Connexion");
		Pages.type(browser, "username", email);
		Pages.type(browser, "password", password);
		click(By.xpath("//button[normalize-space()='Se connecter']"));
		Pages.waitUntil(browser, () -> !browser.getCurrentUrl().contains("/login"));
	}

	private static void signOut() {
		click(By.xpath("//button[normalize-space()='Se déconnecter']"));
		Pages.waitUntil(browser, () -> browser.getCurrentUrl().contains("loggedOut"));
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void click(By by) {
		waitForHtmx();
		new WebDriverWait(browser, Duration.ofSeconds(10), Pages.POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(by).click();
				return true;
			});
	}

}
