package ca.pignon.journeys;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An advisor audits a merchant's site in a real browser, from the application page: runs the audit, reads the checks,
 * runs it again after the merchant fixed the site and sees what changed. Every page is scanned with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pignon.test.context=webaudit-journey", "pignon.webaudit.allowed-hosts=127.0.0.1:*" })
class WebAuditJourneyTests {

	static ChromeDriver browser;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Autowired
	IntakeManagement intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void anAdvisorAuditsTheSiteThenSeesWhatChangedAfterTheMerchantFixedIt() {
		try (FixtureSite site = FixtureSite.http("broken")) {
			// given the hardware store's application, its neglected site, and the advisor who accompanies it
			var application = ApplicationFixture.anApplication(intake)
				.named("Quincaillerie Saint-Sauveur (audit)")
				.at(ApplicationFixture.storefront("455", "boulevard Charest Ouest", "Québec", "G1K 3H9",
						ReceptionMode.STOREFRONT))
				.online(site.url("/"), "facebook.com/quincailleriestsauveur", null, null)
				.submit();
			String email = ApplicationFixture.uniqueEmail("conseil");
			StaffFixture.staffMember(accounts, jdbc, email, "Camille Roy", Role.ADVISOR);
			// the address index does not place this street exactly: staff confirm the storefront, as they would
			intake.overrideEligibility(application.id(), Eligibility.ELIGIBLE, "Local commercial vérifié sur place.",
					application.version(), Actor.of(((PignonUser) users.loadUserByUsername(email)).accountId()));
			new DiagnosticFixture(context).retained((PignonUser) users.loadUserByUsername(email),
					java.util.List.of(application));
			signIn(email);

			// the application page leads to its web audit
			browser.get("http://localhost:" + port + "/intake/applications/" + application.id());
			browser.findElement(By.linkText("Présence web (audit automatique)")).click();
			waitForHeading("Présence web : Quincaillerie Saint-Sauveur (audit)");
			Accessibility.assertNoSeriousViolations(browser);

			// the first audit
			browser.findElement(By.xpath("//button[normalize-space()='Lancer l’audit']")).click();
			waitUntil(() -> browser.getPageSource().contains("L’audit est terminé."));
			assertThat(headings()).contains("À corriger", "À améliorer", "Réussi");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("Copyright 2019");
			Accessibility.assertNoSeriousViolations(browser);

			// the merchant adds a clear title and a current copyright; the advisor runs the audit again
			site.html("/", "<!DOCTYPE html><html lang=\"fr-CA\"><head><title>Quincaillerie Saint-Sauveur – outils, "
					+ "peinture, Québec</title></head><body><p>© 2026 Quincaillerie Saint-Sauveur</p></body></html>");
			browser.findElement(By.xpath("//button[normalize-space()='Relancer l’audit']")).click();
			waitUntil(() -> browser.getPageSource().contains("Ce qui a changé depuis l’audit du"));
			String changes = browser.findElement(By.cssSelector("ul.changes")).getText();
			assertThat(changes).contains("Titre de la page", "À améliorer → Réussi", "Site tenu à jour",
					"À corriger → Réussi");
			Accessibility.assertNoSeriousViolations(browser);
		}
	}

	private void signIn(String email) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(StaffFixture.PASSWORD);
		browser.findElement(By.xpath("//button[normalize-space()='Se connecter']")).click();
		waitUntil(() -> !browser.getCurrentUrl().contains("/login"));
	}

	private static java.util.List<String> headings() {
		return browser.findElements(By.tagName("h2"))
			.stream()
			.map(h -> h.getText().replaceAll(" \\(\\d+\\)$", ""))
			.toList();
	}

	private static void waitForHeading(String text) {
		waitUntil(() -> browser.findElements(By.tagName("h1")).stream().anyMatch(h -> h.getText().equals(text)));
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20), Pages.POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> condition.getAsBoolean());
	}

}
