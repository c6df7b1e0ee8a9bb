package ca.pignon.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.shared.AccountId;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

/**
 * The privacy pages of this slice in a real browser, each scanned with axe-core and the Nu HTML checker: someone
 * without an account files a request on the public form (a refused entry first) and confirms it from the mailed link;
 * the person in charge records an incident (a refused entry first) and reads the notice drafted in English, then
 * looks at retention.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "pignon.test.context=privacy-journey")
class PrivacyPagesJourneyTests {

	static final Pattern LINK = Pattern.compile("(/privacy/request/confirm\\?key=[A-Za-z0-9_-]+)");

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PrivacyRequests requests;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aRequestFromThePublicFormThenTheRegisterOfIncidentsAndRetention() {
		// the public form, refused then filed
		String address = ApplicationFixture.uniqueEmail("public");
		browser.get(url("/privacy/request"));
		Pages.waitForHeading(browser, "Une demande sur vos renseignements personnels");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "name", "Jeanne Zéphyrin");
		Pages.type(browser, "email", "jeanne@");
		Pages.click(browser, By.xpath("//button[normalize-space()='Envoyer ma demande']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "email", address);
		browser.findElement(By.cssSelector("input[name=kind][value=ACCESS]")).click();
		Pages.type(browser, "details", "Que savez-vous de moi ?");
		Pages.click(browser, By.xpath("//button[normalize-space()='Envoyer ma demande']"));
		Pages.waitForHeading(browser, "Confirmez votre adresse courriel");
		Accessibility.assertNoSeriousViolations(browser);

		// the mailed link, then the click that confirms
		String body = jdbc.sql("SELECT body FROM platform_mail WHERE recipient = :to").param("to", address)
			.query(String.class)
			.single();
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).isTrue();
		browser.get(url(link.group(1)));
		Pages.waitForHeading(browser, "Confirmer votre demande");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.click(browser, By.xpath("//button[normalize-space()='Confirmer ma demande']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector(".notice.success")).isEmpty());
		Accessibility.assertNoSeriousViolations(browser);

		// the person in charge: an incident, refused then recorded, and its notice
		String officer = ApplicationFixture.uniqueEmail("responsable");
		AccountId officerId = StaffFixture.staffMember(accounts, jdbc, officer, "Hélène Gagnon", Role.MANAGER);
		requests.designate(officerId, officerId);
		Pages.signIn(browser, port, officer, StaffFixture.PASSWORD);
		browser.get(url("/privacy/incidents/new"));
		Pages.waitForHeading(browser, "Consigner un incident");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.click(browser, By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		Accessibility.assertNoSeriousViolations(browser);
		String today = java.time.LocalDate.now(ca.pignon.platform.Dates.PROGRAM_ZONE).toString();
		Pages.type(browser, "information", "Noms et courriels de 12 commerçants");
		Pages.type(browser, "circumstances", "Un courriel envoyé au mauvais groupe.");
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
				"document.getElementById('occurredFrom').value = arguments[0];"
						+ "document.getElementById('discoveredOn').value = arguments[0];", today);
		Pages.type(browser, "peopleCount", "12");
		Pages.type(browser, "riskAssessment", "Adresses peu sensibles.");
		Pages.type(browser, "measures", "Rappel du courriel.");
		Pages.click(browser, By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitForNotice(browser, "L’incident est consigné.");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.click(browser, By.linkText("Avis aux personnes (anglais)"));
		Pages.waitForHeading(browser, "Avis aux personnes concernées");
		assertThat(browser.findElement(By.cssSelector("article[lang=en]")).getText())
			.contains("The information concerned: Noms et courriels de 12 commerçants");
		Accessibility.assertNoSeriousViolations(browser);

		// retention
		browser.get(url("/privacy/retention"));
		Pages.waitForHeading(browser, "Conservation des renseignements");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
