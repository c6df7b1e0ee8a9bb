package ca.pignon.journeys;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.SurveyAnswers;
import ca.pignon.shared.Actor;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor follows a merchant retained with her: opens her caseload, records a meeting (a refused duration first,
 * with nothing typed lost), plans the next one, sees the hours on the dossier and the dashboard, and downloads the
 * merchant's calendar; at the end, after the T1 diagnostic and a second web audit, she reads the before/after, closes
 * the dossier (refused before T1, with its reason), and the merchant answers the satisfaction survey. In a real
 * browser, every page scanned with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pignon.test.context=followup-journey", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
class FollowupJourneyTests {

	static final String BUSINESS = "Fromagerie du Vieux-Port (suivi)";

	static final String ADVISOR = "Anne Tremblay";

	static ChromeDriver browser;

	FixtureSite site;

	@BeforeEach
	void theMerchantsSite() {
		site = FixtureSite.http("bare");
	}

	@AfterEach
	void stopTheSite() {
		site.close();
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowupManagement followup;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void anAdvisorRecordsAndPlansMeetingsAndFollowsTheHours() throws Exception {
		// given a merchant retained with Anne as advisor, through the selection API
		FollowupFixture fixtures = new FollowupFixture(context);
		DiagnosticFixture merchants = fixtures.merchants;
		String advisorEmail = ApplicationFixture.uniqueEmail("anne");
		StaffFixture.staffMember(merchants.accounts, merchants.jdbc, advisorEmail, ADVISOR, Role.ADVISOR);
		PignonUser anne = (PignonUser) users.loadUserByUsername(advisorEmail);
		var merchant = ApplicationFixture.anApplication(merchants.intake).named(BUSINESS).online(site.url("/"), null, null, null);
		ca.pignon.intake.ApplicationDetails details = merchant.submit();
		ApplicationId application = merchants.retained(anne, java.util.List.of(details)).get(0).id();
		WebAuditManagement audits = context.getBean(WebAuditManagement.class);
		audits.auditApplication(application, Actor.of(anne.accountId()), ApplicationFixture.FRENCH);

		// her caseload lists the merchant, not contacted yet
		signIn(advisorEmail, StaffFixture.PASSWORD);
		click(By.linkText("Suivi des commerces"));
		Pages.waitForHeading(browser, "Mes commerces accompagnés");
		assertThat(browser.findElement(By.id("caseload")).getText()).contains(BUSINESS, "0 h sur 10 h");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText(BUSINESS));
		Pages.waitForHeading(browser, "Suivi : " + BUSINESS);
		Accessibility.assertNoSeriousViolations(browser);

		// a meeting of 0 minutes is refused, with its message, and what she wrote is still there
		click(By.linkText("Noter une rencontre tenue"));
		Pages.waitForHeading(browser, "Rencontre tenue");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "durationMinutes", "0");
		Pages.type(browser, "topics", "Fiche Google : photos et heures des fêtes");
		Pages.type(browser, "nextSteps", "Publier trois photos du comptoir");
		click(By.xpath("//button[normalize-space()='Enregistrer la rencontre']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("plus grande que 0");
		assertThat(browser.findElement(By.id("topics")).getDomProperty("value"))
			.isEqualTo("Fiche Google : photos et heures des fêtes");
		assertThat(browser.findElement(By.id("nextSteps")).getDomProperty("value"))
			.isEqualTo("Publier trois photos du comptoir");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "durationMinutes", "90");
		click(By.xpath("//button[normalize-space()='Enregistrer la rencontre']"));
		Pages.waitForNotice(browser, "La rencontre est notée ; ses heures sont comptées.");
		assertThat(browser.findElement(By.id("hours")).getText()).contains("1 h 30 utilisées sur 10 h", "il reste 8 h 30");
		assertThat(browser.findElement(By.id("held-meetings")).getText()).contains("Fiche Google");

		// she plans the next meeting, by video, for the calendar
		click(By.linkText("Planifier une rencontre"));
		Pages.waitForHeading(browser, "Rencontre prévue");
		LocalDate next = LocalDate.now(Dates.PROGRAM_ZONE).plusDays(7);
		setValue("date", next.toString());
		setValue("time", "14:00");
		click(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("input[name=mode][value=VIDEO]"))
			.getDomAttribute("id") + "']"));
		Pages.type(browser, "place", "https://visio.example/fromagerie");
		Pages.type(browser, "topics", "Bilan du premier mois");
		click(By.xpath("//button[normalize-space()='Enregistrer la rencontre']"));
		Pages.waitForNotice(browser, "La rencontre est planifiée ; elle apparaît dans le calendrier du commerce.");
		assertThat(browser.findElement(By.id("planned-meetings")).getText()).contains("Visioconférence");
		Accessibility.assertNoSeriousViolations(browser);

		// the calendar downloads with the planned meeting
		HttpResponse<byte[]> ics = Pages.download(browser, port, "/followup/merchants/" + application + "/calendar.ics");
		assertThat(ics.statusCode()).isEqualTo(200);
		assertThat(ics.headers().firstValue("Content-Type")).get().asString().startsWith("text/calendar");
		List<VEvent> events = new CalendarBuilder()
			.build(new StringReader(new String(ics.body(), StandardCharsets.UTF_8)))
			.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		assertThat(events.get(0).getProperty(Property.LOCATION).orElseThrow().getValue())
			.isEqualTo("https://visio.example/fromagerie");
		assertThat(events.get(0).getProperty(Property.DTSTART).orElseThrow().getValue())
			.startsWith(next.atTime(14, 0).atZone(Dates.PROGRAM_ZONE).toInstant().toString().substring(0, 10).replace("-", ""));

		// the dashboard shows the hours and the next meeting
		click(By.linkText("Retour aux commerces suivis"));
		Pages.waitForHeading(browser, "Mes commerces accompagnés");
		assertThat(browser.findElement(By.id("caseload")).getText()).contains("1 h 30 sur 10 h")
			.doesNotContain("Aucune de prévue");
		assertThat(followup.dossier(application).hours().usedMinutes()).isEqualTo(90);
		Accessibility.assertNoSeriousViolations(browser);

		// the end: closing is refused before the T1 diagnostic
		click(By.linkText(BUSINESS));
		Pages.waitForHeading(browser, "Suivi : " + BUSINESS);
		click(By.linkText("Fin de l’accompagnement : avant et après"));
		Pages.waitForHeading(browser, "Fin de l’accompagnement : " + BUSINESS);
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Fermer le dossier']"));
		Pages.waitUntil(browser, () -> browser.findElements(By.cssSelector(".notice.error"))
			.stream()
			.anyMatch(n -> n.getText().contains("Le diagnostic de fin (T1) doit être terminé")));

		// T0 and T1 done with the merchant (the diagnostic's own journey drives its pages), the site improved and
		// audited again: the before/after shows both, and the dossier closes
		fixtures.completeDiagnostic(application, DiagnosticKind.T0, anne, Set.of());
		fixtures.completeDiagnostic(application, DiagnosticKind.T1, anne, Set.of("website"));
		site.html("/", Files.readString(Path.of("src/test/resources/webaudit/sites/complete/index.html")));
		audits.auditApplication(application, Actor.of(anne.accountId()), ApplicationFixture.FRENCH);
		browser.navigate().refresh();
		Pages.waitForHeading(browser, "Fin de l’accompagnement : " + BUSINESS);
		assertThat(browser.findElement(By.id("dimensions")).getText()).contains("Site web", "points");
		assertThat(browser.findElement(By.id("checks")).getText()).contains("amélioré");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Fermer le dossier']"));
		Pages.waitForNotice(browser, "Le dossier est fermé ; le commerce peut répondre au sondage de satisfaction.");
		// reopening without a reason is refused, the page says why
		click(By.xpath("//button[normalize-space()='Rouvrir le dossier']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("reason-error")).isEmpty());
		assertThat(followup.dossier(application).closed()).isTrue();
		Accessibility.assertNoSeriousViolations(browser);
		signOut();

		// the merchant answers the satisfaction survey, once
		signIn(details.email(), ApplicationFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/followup/my/survey");
		Pages.waitForHeading(browser, "Votre avis sur l’accompagnement");
		Accessibility.assertNoSeriousViolations(browser);
		for (String question : new String[] { "helpfulness", "advisor", "recommend" }) {
			click(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("input[name=" + question + "][value='5']"))
				.getDomAttribute("id") + "']"));
		}
		Pages.type(browser, "comment", "Merci Anne !");
		click(By.xpath("//button[normalize-space()='Envoyer mes réponses']"));
		Pages.waitForNotice(browser, "Merci pour vos réponses !");
		assertThat(followup.surveyOf(application)).get().extracting(SurveyAnswers::comment).isEqualTo("Merci Anne !");
		Accessibility.assertNoSeriousViolations(browser);
	}

	private static void signOut() {
		Pages.signOut(browser);
	}

	/** Date and time inputs take their value in the browser's own format when typed: set it as the form sends it. */
	private static void setValue(String id, String value) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				value);
	}

	private void signIn(String email, String password) {
		Pages.signIn(browser, port, email, password);
	}

	private static void click(By by) {
		Pages.click(browser, by);
	}

}
