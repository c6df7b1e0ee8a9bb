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

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.StaffFixture;
import ca.pignon.intake.WorkBy;
import ca.pignon.platform.AccountManagement;
import ca.pignon.platform.Role;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.MerchantState;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static ca.pignon.intake.ApplicationFixture.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager runs a whole selection round in a real browser: opens a round with a team, assigns reviewers, the
 * reviewers score through their own pages (one of them after a refused, incomplete form), the manager reads the
 * ranked list with its breakdown, records retained, waitlisted and not retained decisions with reasons, records a
 * withdrawal and offers the freed place to the next on the waitlist; the merchants then read their decisions on
 * "Où en est mon dossier ?". Every page is scanned with axe-core. The same configuration as the other journeys, so
 * that they share one application: the round takes in their eligible applications too, and this test only relies on
 * its own rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class SelectionRoundJourneyTests {

	static final String ROUND = "Cohorte du printemps (parcours)";

	static final String STRONG = "Boulangerie Arc-en-ciel (sélection)";

	static final String MIDDLE = "Épicerie du Quai (sélection)";

	static final String WEAK = "Fleuriste des Tanneurs (sélection)";

	static final String TIED = "Quincaillerie du Roy (sélection)";

	static final String MANAGER = "Hélène Gagnon";

	static final String ANNE = "Anne Tremblay";

	static final String BENOIT = "Benoît Côté";

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
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aManagerRunsAWholeRoundAndMerchantsReadTheirDecisions() {
		// given four eligible applications, a manager and two advisors who can sign in
		String managerEmail = ApplicationFixture.uniqueEmail("gestion");
		String anneEmail = ApplicationFixture.uniqueEmail("anne");
		String benoitEmail = ApplicationFixture.uniqueEmail("benoit");
		var manager = StaffFixture.staffMember(accounts, jdbc, managerEmail, MANAGER, Role.MANAGER);
		StaffFixture.staffMember(accounts, jdbc, anneEmail, ANNE, Role.ADVISOR);
		StaffFixture.staffMember(accounts, jdbc, benoitEmail, BENOIT, Role.ADVISOR);
		// a round left open by another test of this shared application would stop this one from opening
		selection.currentRound().ifPresent(open -> selection.closeRound(open.id(), Actor.of(manager)));
		var strong = anApplication(intake).named(STRONG)
			.committing(HoursPerWeek.MORE_THAN_FIVE, WorkBy.OWNER)
			.online(null, null, null, null);
		var middle = anApplication(intake).named(MIDDLE);
		var weak = anApplication(intake).named(WEAK).committing(HoursPerWeek.LESS_THAN_ONE, WorkBy.UNDECIDED);
		ApplicationDetails strongApplication = strong.submit();
		ApplicationDetails middleApplication = middle.submit();
		ApplicationDetails weakApplication = weak.submit();
		anApplication(intake).named(TIED).committing(HoursPerWeek.LESS_THAN_ONE, WorkBy.UNDECIDED).submit();

		// the manager signs in and opens a round; a form sent without a name says so and keeps the rest
		signIn(managerEmail);
		click(By.linkText("Sélection"));
		Pages.waitForHeading(browser, "Cohortes");
		Accessibility.assertNoSeriousViolations(browser);
		type("teams0.name", "Équipe Centre");
		type("teams0.places", "1");
		check(ANNE);
		check(BENOIT);
		click(By.xpath("//button[normalize-space()='Ouvrir la cohorte']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Donnez un nom à la cohorte.");
		assertThat(browser.findElement(By.id("teams0.name")).getAttribute("value")).isEqualTo("Équipe Centre");
		Accessibility.assertNoSeriousViolations(browser);
		type("name", ROUND);
		click(By.xpath("//button[normalize-space()='Ouvrir la cohorte']"));
		Pages.waitForHeading(browser, ROUND);
		Pages.waitForNotice(browser, "La cohorte est ouverte : ses candidatures admissibles sont classées.");
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains("Équipe Centre", ANNE, BENOIT);
		Accessibility.assertNoSeriousViolations(browser);

		// the ranked list: ties marked
		click(By.linkText("Voir le classement"));
		Pages.waitForHeading(browser, "Classement : " + ROUND);
		assertThat(row(WEAK).getText()).contains("Égalité");
		assertThat(row(TIED).getText()).contains("Égalité");
		Accessibility.assertNoSeriousViolations(browser);

		// reviewers assigned from each dossier
		openDossier(STRONG);
		Accessibility.assertNoSeriousViolations(browser);
		assign(ANNE);
		assign(BENOIT);
		click(By.linkText("Retour au classement de " + ROUND));
		Pages.waitForHeading(browser, "Classement : " + ROUND);
		openDossier(MIDDLE);
		assign(ANNE);
		signOut();

		// Anne scores her two applications; a justification forgotten comes back as an error, nothing lost
		signIn(anneEmail);
		click(By.linkText("Mes évaluations"));
		Pages.waitForHeading(browser, "Mes évaluations");
		assertThat(browser.findElement(By.cssSelector("table")).getText()).contains(STRONG, MIDDLE);
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText(STRONG));
		Pages.waitForHeading(browser, "Évaluation : " + STRONG);
		Accessibility.assertNoSeriousViolations(browser);
		score(0, 4, "Objectifs précis : une vitrine en ligne et des photos chaque semaine.");
		score(1, 4, "");
		score(2, 4, "Le projet répond au besoin de clientèle du quartier.");
		click(By.xpath("//button[normalize-space()='Soumettre mon évaluation']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Justifiez chaque note");
		assertThat(browser.findElement(By.id("scores0.justification")).getAttribute("value"))
			.startsWith("Objectifs précis");
		Accessibility.assertNoSeriousViolations(browser);
		type("scores1.justification", "Prête à suivre les rencontres, l’a dit clairement.");
		click(By.xpath("//button[normalize-space()='Soumettre mon évaluation']"));
		Pages.waitForNotice(browser, "Votre évaluation est soumise : elle compte dans le classement.");
		click(By.linkText("Retour à mes évaluations"));
		Pages.waitForHeading(browser, "Mes évaluations");
		click(By.linkText(MIDDLE));
		Pages.waitForHeading(browser, "Évaluation : " + MIDDLE);
		score(0, 2, "Objectifs encore vagues.");
		score(1, 3, "Ouverte à la formation.");
		score(2, 2, "Adéquation moyenne.");
		click(By.xpath("//button[normalize-space()='Soumettre mon évaluation']"));
		Pages.waitForNotice(browser, "Votre évaluation est soumise : elle compte dans le classement.");
		signOut();

		// Benoît disagrees on the first one; once he submits, he sees Anne's scores and the disagreement
		signIn(benoitEmail);
		click(By.linkText("Mes évaluations"));
		Pages.waitForHeading(browser, "Mes évaluations");
		click(By.linkText(STRONG));
		Pages.waitForHeading(browser, "Évaluation : " + STRONG);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Objectifs précis");
		score(0, 1, "Objectifs trop généraux.");
		score(1, 4, "Très disponible.");
		score(2, 4, "Bon projet.");
		click(By.xpath("//button[normalize-space()='Soumettre mon évaluation']"));
		Pages.waitForNotice(browser, "Votre évaluation est soumise : elle compte dans le classement.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(ANNE, "Objectifs précis",
				"À discuter : les évaluateurs sont à plus de 2 points d’écart sur : Clarté des objectifs.");
		Accessibility.assertNoSeriousViolations(browser);
		signOut();

		// the manager reads the ranking with the breakdown
		signIn(managerEmail);
		open("/selection/rounds");
		click(By.linkText("Voir le classement"));
		Pages.waitForHeading(browser, "Classement : " + ROUND);
		WebElement strongRow = row(STRONG);
		assertThat(strongRow.getText()).contains("À discuter", "2 sur 2");
		assertThat(row(WEAK).getText()).contains("Incomplète");
		strongRow.findElement(By.tagName("summary")).click();
		Pages.waitUntil(browser, () -> row(STRONG).findElement(By.cssSelector(".breakdown")).isDisplayed());
		assertThat(row(STRONG).findElement(By.cssSelector(".breakdown")).getText()).contains(
				"Temps consacré au projet chaque semaine", "15 sur 15", "Plus de cinq heures", "Clarté des objectifs",
				"Désaccord");
		Accessibility.assertNoSeriousViolations(browser);

		// decisions, each with a reason from the templates, edited
		openDossier(STRONG);
		decide("RETAINED", "selection.reason.RETAINED.withinPlaces", " Bravo pour la clarté du projet.");
		selectStartingWith("advisor", ANNE);
		submitDecision();
		assertThat(decisionShown()).contains("Retenue", "avec " + ANNE);
		Accessibility.assertNoSeriousViolations(browser);
		backToRanking();
		openDossier(MIDDLE);
		decide("WAITLISTED", "selection.reason.WAITLISTED.placesTaken", "");
		submitDecision();
		assertThat(decisionShown()).contains("Liste d’attente, position 1");
		backToRanking();
		openDossier(WEAK);
		decide("NOT_RETAINED", "selection.reason.NOT_RETAINED.engagement", "");
		submitDecision();
		assertThat(decisionShown()).contains("Non retenue");
		backToRanking();
		assertThat(row(STRONG).getText()).contains("Retenue", ANNE);
		assertThat(row(MIDDLE).getText()).contains("Liste d’attente, position 1");
		Accessibility.assertNoSeriousViolations(browser);

		// the retained merchant withdraws: the freed place goes to the next on the waitlist in one action
		openDossier(STRONG);
		type("note", "Courriel du 3 mars : la boulangerie déménage à Lévis.");
		click(By.xpath("//button[normalize-space()='Enregistrer le désistement']"));
		Pages.waitForNotice(browser, "Le désistement est enregistré : la place est libre.");
		click(By.linkText("Retour au classement de " + ROUND));
		Pages.waitForHeading(browser, "Classement : " + ROUND);
		click(By.linkText("Retour à la cohorte " + ROUND));
		Pages.waitForHeading(browser, ROUND);
		assertThat(browser.findElement(By.cssSelector("ol.waitlist")).getText()).contains(MIDDLE);
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Offrir la place au suivant sur la liste']"));
		Pages.waitForNotice(browser, "La place libérée est offerte au suivant sur la liste d’attente : sa candidature est retenue et il en est avisé par courriel.");
		Pages.waitForHeading(browser, MIDDLE);
		assertThat(decisionShown()).contains("Retenue");
		Accessibility.assertNoSeriousViolations(browser);

		// the dossier's timeline, in words, with who and when
		click(By.linkText("Parcours du dossier"));
		Pages.waitForHeading(browser, "Parcours du dossier : " + MIDDLE);
		String timeline = browser.findElement(By.cssSelector("ol.timeline")).getText();
		assertThat(timeline).contains("Candidature soumise", "Admissibilité décidée", "Entrée dans la cohorte",
				"Évaluateur affecté", "Évaluation soumise", "Décision enregistrée", "Liste d’attente, position 1",
				"Courriel envoyé au commerçant", "Conseillère ou conseiller attribué", "par " + MANAGER);
		Accessibility.assertNoSeriousViolations(browser);
		signOut();

		// the merchants read their decisions, in plain French, with the next step
		signIn(middle.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		String retained = browser.findElement(By.id("selection")).getText();
		assertThat(retained).contains("Bonne nouvelle : votre candidature est retenue", "Votre conseillère ou conseiller :",
				"jours ouvrables", "rencontre de diagnostic");
		Accessibility.assertNoSeriousViolations(browser);
		signOut();
		signIn(weak.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		String declined = browser.findElement(By.id("selection")).getText();
		assertThat(declined).contains("Votre candidature n’est pas retenue cette fois", "Pourquoi :",
				"points sur 100", "Temps consacré au projet chaque semaine", "prochaine cohorte")
			.doesNotContain(STRONG, MIDDLE, TIED);
		Accessibility.assertNoSeriousViolations(browser);
		signOut();

		// and the workflow holds the same
		assertThat(selection.decisionFor(middleApplication.accountId(), ApplicationFixture.FRENCH).orElseThrow().state())
			.isEqualTo(MerchantState.RETAINED);
		assertThat(selection.decisionFor(strongApplication.accountId(), ApplicationFixture.FRENCH).orElseThrow().state())
			.isEqualTo(MerchantState.WITHDRAWN);
		var round = selection.currentRound().orElseThrow();
		assertThat(selection.ranking(round.id()).row(weakApplication.id()).orElseThrow().decision())
			.isEqualTo(DecisionStatus.NOT_RETAINED);
		assertThat(selection.decisionFor(strongApplication.accountId(), ApplicationFixture.FRENCH)
			.orElseThrow()
			.reasonText()).contains("la boulangerie déménage");
	}

	private void signIn(String email) {
		signIn(email, StaffFixture.PASSWORD);
	}

	private void signIn(String email, String password) {
		open("/login");
		Pages.waitForHeading(browser, "Connexion");
		type("username", email);
		type("password", password);
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

	private static void openDossier(String business) {
		click(By.linkText(business));
		Pages.waitForHeading(browser, business);
	}

	private static void backToRanking() {
		click(By.partialLinkText("Retour au classement de"));
		Pages.waitForHeading(browser, "Classement : " + ROUND);
	}

	private static void assign(String reviewer) {
		selectStartingWith("reviewer", reviewer);
		click(By.xpath("//button[normalize-space()='Affecter']"));
		Pages.waitForNotice(browser, "L’évaluateur est affecté ; la candidature apparaît dans ses évaluations.");
	}

	/** Chooses the decision and the reason template (its text is filled in by the page), then adds to the text. */
	private static void decide(String status, String reason, String addition) {
		click(By.cssSelector("input[name='status'][value='" + status + "']"));
		new Select(browser.findElement(By.id("reasonKey"))).selectByValue(reason);
		WebElement text = browser.findElement(By.id("reasonText"));
		Pages.waitUntil(browser, () -> !text.getAttribute("value").isBlank());
		if (!addition.isEmpty()) {
			text.sendKeys(org.openqa.selenium.Keys.END, addition);
		}
	}

	private static void submitDecision() {
		click(By.xpath("//button[normalize-space()='Enregistrer la décision']"));
		Pages.waitForNotice(browser, "La décision est enregistrée et le commerçant en est avisé par courriel.");
	}

	private static String decisionShown() {
		return browser
			.findElement(By.xpath("//dl[contains(@class,'facts')]/dt[normalize-space()='Décision']/following-sibling::dd[1]"))
			.getText();
	}

	private static void score(int row, int value, String justification) {
		click(By.cssSelector("input[name='scores[" + row + "].value'][value='" + value + "']"));
		type("scores" + row + ".justification", justification);
	}

	private static WebElement row(String business) {
		return browser.findElements(By.cssSelector("table.ranking tbody tr"))
			.stream()
			.filter(row -> !row.findElements(By.linkText(business)).isEmpty())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ranking row for " + business));
	}

	private static void check(String label) {
		click(By.xpath("//label[normalize-space()='" + label + "']"));
	}

	private static void selectStartingWith(String id, String start) {
		var select = new Select(browser.findElement(By.id(id)));
		List<WebElement> options = select.getOptions();
		for (int i = 0; i < options.size(); i++) {
			if (options.get(i).getText().startsWith(start)) {
				select.selectByIndex(i);
				return;
			}
		}
		throw new AssertionError("no option starting with " + start + " in #" + id);
	}

	private static void type(String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		if (!text.isEmpty()) {
			field.sendKeys(text);
		}
	}

	private static void click(By by) {
		browser.findElement(by).click();
	}

}
