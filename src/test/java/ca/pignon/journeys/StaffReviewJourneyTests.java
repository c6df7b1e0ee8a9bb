package ca.pignon.journeys;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.intake.ApplicationChange;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static ca.pignon.intake.ApplicationFixture.unknownStreet;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program manager reviews an application the rules could not place exactly, in a real browser: places the
 * storefront by hand, sees the decision change and the history, then overrides the decision. Every page is scanned
 * with axe-core. The same configuration as the merchant's journey, so that both share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class StaffReviewJourneyTests {

	static final String TO_VERIFY = "Fromagerie du Faubourg (revue)";

	static final String ELIGIBLE = "Boucherie du Marché (revue)";

	static final String MANAGER = "Hélène Gagnon";

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
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aManagerPlacesAnApplicationByHandThenOverridesTheDecision() {
		// given an application placed only by its postal code, another one admitted, and an invited manager
		var toVerify = anApplication(intake).named(TO_VERIFY)
			.at(unknownStreet("Québec", "G1R 4P5", ReceptionMode.STOREFRONT))
			.submit();
		anApplication(intake).named(ELIGIBLE).submit();
		String email = ApplicationFixture.uniqueEmail("gestion");
		String invitation = StaffFixture.invitationLink(accounts, jdbc, email, MANAGER, Role.MANAGER);

		// the manager chooses a password from the invitation link, then signs in on the real login page
		open(invitation);
		Pages.waitForHeading(browser, "Choisir un mot de passe");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "password", StaffFixture.PASSWORD);
		click(By.cssSelector("form.stacked button.primary[type='submit']"));
		Pages.waitForHeading(browser, "Connexion");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "username", email);
		Pages.type(browser, "password", StaffFixture.PASSWORD);
		click(By.xpath("//button[normalize-space()='Se connecter']"));
		Pages.waitForHeading(browser, "Candidatures");
		Accessibility.assertNoSeriousViolations(browser);

		// the list narrowed to the applications to verify (htmx refreshes the results)
		new Select(browser.findElement(By.id("eligibility"))).selectByVisibleText("À vérifier");
		Pages.waitUntil(browser, () -> badges().stream().allMatch("À vérifier"::equals) && resultsText().contains(TO_VERIFY));
		assertThat(resultsText()).doesNotContain(ELIGIBLE);
		assertThat(browser.getCurrentUrl()).contains("eligibility=TO_VERIFY");
		Accessibility.assertNoSeriousViolations(browser);

		// the application and the evidence of its approximate location
		click(By.linkText(TO_VERIFY));
		Pages.waitForHeading(browser, TO_VERIFY);
		assertThat(decision()).isEqualTo("Admissibilité : À vérifier");
		assertThat(evidence("Trouvé par")).isEqualTo("Centre de la région du code postal — approximatif");
		assertThat(evidence("Point (latitude, longitude)")).isEqualTo("46.807400, -71.218100");
		assertThat(evidence("Adresse correspondante")).isEqualTo("G1R (Quebec City East)");
		Accessibility.assertNoSeriousViolations(browser);

		// the manager places the storefront by hand, at the Parliament Building
		Pages.type(browser, "latitude", "46.8119");
		Pages.type(browser, "longitude", "-71.2052");
		Pages.type(browser, "placementReason", "Adresse confirmée par téléphone : en face de l’hôtel du Parlement.");
		click(By.xpath("//button[normalize-space()='Placer le point']"));
		Pages.waitForNotice(browser, "Le point est placé et l’admissibilité a été décidée de nouveau.");
		assertThat(decision()).isEqualTo("Admissibilité : Admissible");
		assertThat(evidence("Trouvé par")).isEqualTo("Placé à la main par l’équipe");
		assertThat(evidence("Arrondissement")).isEqualTo("La Cité-Limoilou");
		assertThat(history()).hasSize(3);
		assertThat(history().get(1)).contains("Point placé à la main", "par " + MANAGER + ", le ",
				"Avant : 46.807400, -71.218100 (Centre de la région du code postal)",
				"Après : 46.811900, -71.205200 (Placé à la main par l’équipe)",
				"Raison : Adresse confirmée par téléphone : en face de l’hôtel du Parlement.");
		assertThat(history().get(2)).contains("Admissibilité décidée de nouveau", "par " + MANAGER + ", le ",
				"Avant : À vérifier — L’adresse n’a pu être située qu’approximativement",
				"Après : Admissible — L’établissement est sur le territoire du programme.");
		Accessibility.assertNoSeriousViolations(browser);

		// then overrides the decision, with a reason
		new Select(browser.findElement(By.id("eligibility"))).selectByVisibleText("Non admissible");
		Pages.type(browser, "reason", "Le commerce a fermé ses portes (appel du propriétaire).");
		click(By.xpath("//button[normalize-space()='Enregistrer la décision']"));
		Pages.waitForNotice(browser, "La décision est modifiée et consignée dans l’historique.");
		assertThat(decision()).isEqualTo("Admissibilité : Non admissible");
		assertThat(history()).hasSize(4);
		assertThat(history().get(3)).contains("Décision d’admissibilité modifiée", "par " + MANAGER + ", le ",
				"Avant : Admissible — L’établissement est sur le territoire du programme.",
				"Après : Non admissible — Décision d’un membre de l’équipe.",
				"Raison : Le commerce a fermé ses portes (appel du propriétaire).");
		Accessibility.assertNoSeriousViolations(browser);

		// and the audit trail holds the same
		assertThat(intake.application(toVerify.id(), ApplicationFixture.FRENCH).assessment().eligibility())
			.isEqualTo(Eligibility.NOT_ELIGIBLE);
		assertThat(intake.changesOf(toVerify.id())).extracting(ApplicationChange::actorName)
			.containsExactly("Rosalie Gingras", MANAGER, MANAGER, MANAGER);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void click(By by) {
		browser.findElement(by).click();
	}

	private static String decision() {
		return browser.findElement(By.id("eligibility-title")).getText();
	}

	private static String evidence(String term) {
		return browser
			.findElement(By.xpath("//dl[contains(@class,'facts')]/dt[normalize-space()=\"" + term
					+ "\"]/following-sibling::dd[1]"))
			.getText();
	}

	private static List<String> history() {
		return browser.findElements(By.cssSelector("ol.timeline > li")).stream().map(WebElement::getText).toList();
	}

	private static List<String> badges() {
		return browser.findElements(By.cssSelector("#results tbody .badge")).stream().map(WebElement::getText).toList();
	}

	private static String resultsText() {
		return browser.findElement(By.id("results")).getText();
	}

}
