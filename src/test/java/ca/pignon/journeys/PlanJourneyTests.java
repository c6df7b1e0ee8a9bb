package ca.pignon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanStatus;
import ca.pignon.plan.PlanSummary;
import ca.pignon.plan.web.PlanDocuments;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

/**
 * A merchant's T0 diagnostic is complete (made through the APIs); their advisor drafts the plan from it, fixes a bad
 * entry, adds a tailored action, moves another and sends it; the merchant finds it on their dossier, approves it by
 * typing their name and downloads the PDF. In a real browser, every page scanned with axe-core. GreenMail on port
 * 3125, so that this journey never collides with the others (3025) in another JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3125",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class PlanJourneyTests {

	static final String BUSINESS = "Quincaillerie du Faubourg (plan)";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3125, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlanManagement plans;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void anAdvisorDraftsEditsAndSendsThePlanAndTheMerchantApprovesItAndDownloadsThePdf() throws Exception {
		// given a retained merchant whose starting diagnostic is complete, with Anne as advisor
		var fixture = new DiagnosticFixture(context);
		String advisorEmail = ApplicationFixture.uniqueEmail("anne");
		StaffFixture.staffMember(fixture.accounts, fixture.jdbc, advisorEmail, "Anne Tremblay", Role.ADVISOR);
		PignonUser advisor = (PignonUser) users.loadUserByUsername(advisorEmail);
		var merchant = ApplicationFixture.anApplication(fixture.intake).named(BUSINESS);
		ApplicationDetails application = fixture.retained(advisor, java.util.List.of(merchant.submit())).get(0);
		fixture.completed(application.id(), advisor, Set.of("website", "tools"));

		// the advisor opens the plan from their caseload
		signIn(advisorEmail, StaffFixture.PASSWORD);
		click(By.linkText("Mes évaluations"));
		Pages.waitForHeading(browser, "Mes évaluations");
		click(By.xpath("//li[a[normalize-space()='" + BUSINESS + "']]/a[normalize-space()='Plan d’action']"));
		Pages.waitForHeading(browser, "Plan d’action : " + BUSINESS);
		Accessibility.assertNoSeriousViolations(browser);

		// negative hours are refused, with what was typed kept
		Pages.type(browser, "f-hoursPerWeek", "-2");
		click(By.xpath("//button[normalize-space()='Préparer le plan']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("plus grand que 0");
		assertThat(browser.findElement(By.id("f-hoursPerWeek")).getDomProperty("value")).isEqualTo("-2");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "f-hoursPerWeek", "1,5");
		click(By.xpath("//button[normalize-space()='Préparer le plan']"));
		Pages.waitForNotice(browser, "Le plan est préparé : vérifiez-le, modifiez-le au besoin, puis envoyez-le au commerçant.");
		PlanSummary plan = plans.planOf(application.id()).orElseThrow();
		var drafted = context.getBean(PlanDocuments.class).document(plan.id(), 1, ApplicationFixture.FRENCH);
		assertThat(browser.findElements(By.cssSelector(".plan-item"))).hasSize(drafted.actions().size());
		assertThat(browser.findElement(By.id("warnings")).getText()).contains("Rien à signaler");
		Accessibility.assertNoSeriousViolations(browser);

		// a tailored action in a past month is refused, nothing typed is lost; then accepted
		Pages.type(browser, "f-title", "Refaire l’enseigne de la vitrine");
		Pages.type(browser, "f-hours", "3");
		Pages.type(browser, "f-costMin", "200");
		Pages.type(browser, "f-costMax", "900");
		click(By.cssSelector("label[for='f-doer-PROVIDER']"));
		setMonth("f-customMonth", plans.nextMonth().minusMonths(3).toString());
		click(By.xpath("//button[normalize-space()='Ajouter cette action']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Ce mois est déjà passé");
		assertThat(browser.findElement(By.id("f-title")).getDomProperty("value")).isEqualTo("Refaire l’enseigne de la vitrine");
		assertThat(browser.findElement(By.id("f-doer-PROVIDER")).isSelected()).isTrue();
		Accessibility.assertNoSeriousViolations(browser);
		setMonth("f-customMonth", plans.nextMonth().toString());
		click(By.xpath("//button[normalize-space()='Ajouter cette action']"));
		Pages.waitForNotice(browser, "Modification enregistrée dans une nouvelle version.");
		assertThat(browser.findElement(By.id("actions")).getText()).contains("Refaire l’enseigne de la vitrine");

		// the first action goes one place down
		String first = drafted.actions().get(0).title();
		click(By.xpath("(//div[contains(@class,'plan-item')])[1]//button[@value='down']"));
		Pages.waitForNotice(browser, "Modification enregistrée dans une nouvelle version.");
		assertThat(browser.findElement(By.cssSelector("#actions .plan-item:nth-of-type(2) h3")).getText()).endsWith(first);
		assertThat(browser.findElement(By.cssSelector(".plan-history")).getText()).contains("Version 3", "Action descendue");

		// and sends it
		click(By.xpath("//button[normalize-space()='Envoyer au commerçant']"));
		Pages.waitForNotice(browser, "Le plan est envoyé : le commerçant peut le lire et l’approuver.");
		Accessibility.assertNoSeriousViolations(browser);
		signOut();

		// the merchant finds it on their dossier, reads it and approves it by typing their name
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("plan")).getText()).contains("Votre plan d’action vous attend");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Mon plan d’action"));
		Pages.waitForHeading(browser, "Mon plan d’action");
		String page = browser.findElement(By.tagName("main")).getText();
		assertThat(page).contains("Vos objectifs", "Le calendrier, mois par mois", "Refaire l’enseigne de la vitrine",
				"Qui fait quoi, heures et coûts");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "f-name", "Quelqu’un d’autre");
		click(By.xpath("//button[normalize-space()='J’approuve mon plan']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Rosalie Gingras");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "f-name", "rosalie GINGRAS");
		click(By.xpath("//button[normalize-space()='J’approuve mon plan']"));
		Pages.waitForNotice(browser, "Merci ! Votre plan d’action est approuvé.");
		assertThat(plans.summary(plan.id()).status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plans.approvedPlanOf(application.id()).orElseThrow().version()).isEqualTo(3);
		Accessibility.assertNoSeriousViolations(browser);

		// the PDF downloads in the same session and reads back with the approval
		HttpResponse<byte[]> pdf = download("/plan/" + plan.id() + "/document.pdf?language=fr");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Plan d’action : " + BUSINESS, "Approuvé par rosalie GINGRAS",
					"Refaire l’enseigne de la vitrine");
		}
		// the English PDF, fetched by the browser from its link, leaves the person's interface in French
		String english = browser.findElement(By.cssSelector("a[hreflang=en][href*='document.pdf']")).getAttribute("href");
		Object status = ((JavascriptExecutor) browser).executeAsyncScript(
				"fetch(arguments[0], {credentials: 'same-origin'}).then(r => arguments[1](r.status))", english);
		assertThat(status).isEqualTo(200L);
		browser.navigate().refresh();
		Pages.waitForHeading(browser, "Mon plan d’action");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).startsWith("fr");
		assertThat(browser.manage().getCookieNamed("pignon-lang")).isNull();
		// and the printable page
		click(By.linkText("Version à imprimer"));
		Pages.waitForHeading(browser, "Plan d’action : " + BUSINESS);
		Accessibility.assertNoSeriousViolations(browser);
		signOut();
	}

	/** Month inputs take their value as the browser shows it; set the value the form sends, as a date picker would. */
	private static void setMonth(String id, String month) {
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
				month);
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		return Pages.download(browser, port, path);
	}

	private void signIn(String email, String password) {
		Pages.signIn(browser, port, email, password);
	}

	private static void signOut() {
		Pages.signOut(browser);
	}

	private static void click(By by) {
		Pages.click(browser, by);
	}

}
