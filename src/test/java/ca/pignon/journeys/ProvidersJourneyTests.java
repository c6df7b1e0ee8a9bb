package ca.pignon.journeys;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.providers.ProviderApplication;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.Vetting;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;
import ca.pignon.support.ReceivedMails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Neutral help choosing a provider, from the provider's application to the merchant's rating, in a real browser with
 * every page scanned by axe-core: a web agency applies from the public page and a manager vets it with the checklist;
 * the agency receives its invitation and chooses its password; the advisor opens the brief of the merchant's website
 * action and the merchant finishes it, has three providers drawn and sends it; two providers answer through the links
 * mailed to them (read from GreenMail on port 3925, apart from the other journeys), the agency signed in, from "Mes
 * demandes de soumission" (its pages checked on a 360 px screen too), after adding a service to its profile, which
 * waits for the manager; the merchant compares, chooses with a reason and later rates the delivery; the neutrality
 * report shows it, and the manager reads the agency's change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3925",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class ProvidersJourneyTests {

	static final Pattern LINK = Pattern.compile("(/providers/quotes/[A-Za-z0-9_-]{43})");

	static final Pattern PASSWORD_LINK = Pattern.compile("(/account/password/[A-Za-z0-9_-]+)");

	static final Dimension PHONE = new Dimension(360, 740);

	static final String AGENCY_PASSWORD = "une phrase de passe pour l’agence";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	PlanManagement plans;

	@Autowired
	ProgressManagement progress;

	@Autowired
	ProvidersManagement providers;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void fromTheProvidersApplicationToTheMerchantsRating() throws Exception {
		// given a merchant whose approved plan has the website action, two vetted website providers, and a manager
		String tag = String.valueOf(System.nanoTime());
		var fixture = new DiagnosticFixture(context);
		String advisorEmail = ApplicationFixture.uniqueEmail("anne");
		StaffFixture.staffMember(fixture.accounts, fixture.jdbc, advisorEmail, "Anne Roy", Role.ADVISOR);
		PignonUser advisor = (PignonUser) users.loadUserByUsername(advisorEmail);
		String managerEmail = ApplicationFixture.uniqueEmail("helene");
		StaffFixture.staffMember(fixture.accounts, fixture.jdbc, managerEmail, "Hélène Gagnon", Role.MANAGER);
		PignonUser manager = (PignonUser) users.loadUserByUsername(managerEmail);
		var merchant = ApplicationFixture.anApplication(fixture.intake).named("Quincaillerie du Parvis " + tag);
		ApplicationDetails application = fixture.retained(advisor, List.of(merchant.submit())).get(0);
		fixture.completed(application.id(), advisor, Set.of("tools"));
		approvedPlanWithTheWebsiteAction(application, advisor);
		fixture.jdbc.sql("UPDATE providers_provider SET status = 'SUSPENDED' WHERE status = 'APPROVED'").update();
		vetted("Bravo Web " + tag, manager);
		vetted("Charlie Web " + tag, manager);

		// a web agency applies from the public page
		String agency = "Alpha Web " + tag;
		String agencyEmail = "alpha" + tag + "@fournisseur.test";
		browser.get("http://localhost:" + port + "/providers/apply");
		Pages.waitForHeading(browser, "Devenir fournisseur du répertoire");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "name", agency);
		Pages.type(browser, "neq", "1170000001");
		Pages.type(browser, "contactName", "Léa Alpha");
		Pages.type(browser, "email", agencyEmail);
		Pages.type(browser, "phone", "418 555-0100");
		Pages.type(browser, "website", "https://alpha.exemple.ca");
		click(By.cssSelector("input[name=services][value=website]"));
		// the whole territory and French are ticked already
		assertThat(browser.findElement(By.cssSelector("input[name=wholeTerritory]")).isSelected()).isTrue();
		Pages.type(browser, "referenceOne", "Boulangerie A, 418 555-0101");
		Pages.type(browser, "referenceTwo", "Librairie B, 418 555-0102");
		click(By.cssSelector("input[name=charterAccepted]"));
		click(By.xpath("//button[normalize-space()='Envoyer ma demande']"));
		Pages.waitForHeading(browser, "Demande reçue");
		Accessibility.assertNoSeriousViolations(browser);

		// the manager vets it with the checklist
		Pages.signIn(browser, port, managerEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/providers/directory?status=PENDING");
		Pages.waitForHeading(browser, "Répertoire des fournisseurs");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText(agency));
		Pages.waitForHeading(browser, agency);
		Accessibility.assertNoSeriousViolations(browser);
		click(By.cssSelector("input[name=neqChecked]"));
		click(By.cssSelector("input[name=referencesCalled]"));
		click(By.cssSelector("input[name=workSeen]"));
		click(By.cssSelector("input[name=decision][value=approve]"));
		click(By.xpath("//button[normalize-space()='Enregistrer la décision']"));
		Pages.waitForNotice(browser, "Le fournisseur est approuvé ; il en est informé par courriel.");
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Le fournisseur a un compte");
		Pages.signOut(browser);

		// the agency receives its invitation and chooses its password with the one-time link
		String invitation = ReceivedMails.body(ReceivedMails.await(mail, agencyEmail, "Votre accès à Pignon", 1).get(0));
		Matcher passwordLink = PASSWORD_LINK.matcher(invitation);
		assertThat(passwordLink.find()).as("a link to choose a password in " + invitation).isTrue();
		browser.get("http://localhost:" + port + passwordLink.group(1));
		Pages.waitForHeading(browser, "Choisir un mot de passe");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "password", AGENCY_PASSWORD);
		click(By.xpath("//button[normalize-space()='Enregistrer le mot de passe']"));
		Pages.waitForNotice(browser, "Votre mot de passe est enregistré. Vous pouvez maintenant vous connecter.");

		// the advisor opens the brief of the website action with the merchant
		Pages.signIn(browser, port, advisorEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/providers/applications/" + application.id().value());
		Pages.waitForHeading(browser, "Choisir un fournisseur");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//form[input[@name='actionKey' and @value='web-simple-site']]"
				+ "//button[normalize-space()='Écrire le cahier des charges']"));
		Pages.waitUntil(browser, () -> browser.getCurrentUrl().contains("/providers/briefs/"));
		String briefPath = browser.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "today", "Une page Facebook, pas de site. Le domaine quincaillerie-parvis.ca est à nous.");
		click(By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitForNotice(browser, "Le cahier des charges est enregistré.");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);

		// the merchant finishes the brief and sends it to the three providers that fit
		Pages.signIn(browser, port, merchant.email(), ApplicationFixture.PASSWORD);
		browser.get("http://localhost:" + port + briefPath);
		Pages.waitUntil(browser, () -> browser.findElements(By.id("needs")).size() == 1);
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElement(By.id("today")).getAttribute("value")).contains("quincaillerie-parvis.ca");
		Pages.type(browser, "needs", "Un site de quelques pages avec nos heures et nos produits.");
		click(By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitForNotice(browser, "Le cahier des charges est enregistré.");
		click(By.xpath("//button[normalize-space()='Proposer des fournisseurs']"));
		Pages.waitUntil(browser, () -> browser.findElements(By.cssSelector("ol.shortlist > li")).size() == 3);
		Accessibility.assertNoSeriousViolations(browser);
		// a date field takes its value as the browser's date picker would give it
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("answerBy")), LocalDate.now(Dates.PROGRAM_ZONE).plusDays(14).toString());
		click(By.xpath("//button[normalize-space()='Envoyer aux fournisseurs']"));
		Pages.waitForNotice(browser, "La demande est envoyée : chaque fournisseur a reçu son lien par courriel.");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);

		// the two other providers answer through the links mailed to them
		int price = 900;
		for (String email : List.of(slug("Bravo Web " + tag), slug("Charlie Web " + tag))) {
			String link = linkMailedTo(email);
			// the mail's address names the configured public address; the path is the provider's key
			browser.get("http://localhost:" + port + link);
			Pages.waitForHeading(browser, "Demande de soumission");
			Accessibility.assertNoSeriousViolations(browser);
			answer(price);
			price += 300;
		}
		Accessibility.assertNoSeriousViolations(browser);

		// the agency signs in: its profile, where a service added waits for a manager, and its requests, on a phone
		Dimension before = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(PHONE);
			Pages.signIn(browser, port, agencyEmail, AGENCY_PASSWORD);
			Pages.waitForHeading(browser, "Mon profil de fournisseur");
			onAPhone();
			Pages.type(browser, "phone", "418 555-0199");
			click(By.cssSelector("input[name=services][value=photography]"));
			click(By.xpath("//button[normalize-space()='Enregistrer mon profil']"));
			Pages.waitForNotice(browser, "Votre profil est enregistré. Les services ou le territoire ajoutés attendent"
					+ " la vérification d’un gestionnaire.");
			onAPhone();
			click(By.cssSelector("main a[href='/providers/me/requests']"));
			Pages.waitForHeading(browser, "Mes demandes de soumission");
			onAPhone();
			click(By.cssSelector("ul.request-list a"));
			Pages.waitForHeading(browser, "Demande de soumission");
			onAPhone();
			answer(price);
			onAPhone();
			// the agency's link says the same: answered, and a second answer is not asked for
			browser.get("http://localhost:" + port + linkMailedTo(agencyEmail));
			Pages.waitForHeading(browser, "Demande de soumission");
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("Votre soumission est reçue");
			assertThat(browser.findElements(By.xpath("//button[normalize-space()='Envoyer ma soumission']"))).isEmpty();
		}
		finally {
			browser.manage().window().setSize(before);
		}
		Pages.signOut(browser);
		Accessibility.assertNoSeriousViolations(browser);

		// the merchant compares, chooses with a reason, and later rates the delivery
		Pages.signIn(browser, port, merchant.email(), ApplicationFixture.PASSWORD);
		browser.get("http://localhost:" + port + briefPath + "/comparison");
		Pages.waitUntil(browser, () -> browser.findElements(By.cssSelector("table.comparison thead th")).size() == 4);
		Accessibility.assertNoSeriousViolations(browser);
		String chosen = browser.findElements(By.cssSelector("table.comparison thead th")).get(2).getText();
		click(By.xpath("//fieldset[.//legend]//label[normalize-space()='" + chosen + "']"));
		Pages.type(browser, "reason", "Le plus clair sur l’entretien, en français.");
		click(By.xpath("//button[normalize-space()='Je choisis ce fournisseur']"));
		Pages.waitForNotice(browser, "Votre choix est enregistré. Les fournisseurs en sont informés poliment.");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Une fois le travail livré : l’évaluer"));
		Pages.waitForHeading(browser, "Évaluer le travail livré");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.cssSelector("input[name=onTime][value=yes]"));
		click(By.cssSelector("input[name=onBudget][value=yes]"));
		click(By.cssSelector("input[name=quality][value='5']"));
		click(By.cssSelector("input[name=recommend][value=yes]"));
		Pages.type(browser, "deliveredUrl", "https://quincaillerie-parvis.ca");
		click(By.xpath("//button[normalize-space()='Envoyer mon évaluation']"));
		Pages.waitForNotice(browser, "Merci : votre évaluation est enregistrée.");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> progress.planOf(application.id(), ApplicationFixture.FRENCH)
				.map(plan -> plan.done().stream().anyMatch(task -> task.key().equals("web-simple-site")))
				.orElse(false));

		// the neutrality report shows who was shortlisted, quoted and chosen
		Pages.signIn(browser, port, managerEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/providers/neutrality");
		Pages.waitForHeading(browser, "Rapport de neutralité");
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(agency, "Bravo Web " + tag,
				"Charlie Web " + tag, chosen);
		// and reads the agency's changes: the phone at once, the service added waiting for a decision
		browser.get("http://localhost:" + port + "/providers/directory");
		Pages.waitForHeading(browser, "Répertoire des fournisseurs");
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Modifications à vérifier");
		click(By.linkText(agency));
		Pages.waitForHeading(browser, agency);
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("418 555-0199",
				"En attente d’un gestionnaire");
		click(By.id("changes-accept"));
		click(By.xpath("//button[normalize-space()='Enregistrer la décision' and ancestor::form[contains(@action, '/changes')]]"));
		Pages.waitForNotice(browser, "Les modifications sont acceptées ; le fournisseur en est informé.");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);
	}

	private void approvedPlanWithTheWebsiteAction(ApplicationDetails application, PignonUser advisor) {
		YearMonth month = plans.nextMonth();
		PlanSummary drafted = plans.draft(application.id(), month, new BigDecimal("3"), PlanFixture.actor(advisor),
				ApplicationFixture.FRENCH);
		int version = 1;
		boolean hasSite = plans.version(drafted.id(), 1)
			.content()
			.items()
			.stream()
			.anyMatch(item -> "web-simple-site".equals(item.actionId()));
		if (!hasSite) {
			plans.edit(drafted.id(), 1, new PlanEdit.AddAction("web-simple-site", month), PlanFixture.actor(advisor),
					ApplicationFixture.FRENCH);
			version = 2;
		}
		plans.send(drafted.id(), version, PlanFixture.actor(advisor));
		plans.approve(drafted.id(), version, PlanFixture.MERCHANT_NAME, application.accountId(),
				ApplicationFixture.FRENCH);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> progress.planOf(application.id(), ApplicationFixture.FRENCH).isPresent());
	}

	private void vetted(String name, PignonUser manager) {
		ProviderId id = providers.apply(new ProviderApplication(name, "1170000002", "Contact " + name,
				slug(name), "418 555-0100", "https://" + slug(name).replace("@", "."), Set.of("website"), true,
				List.of(), Set.of("fr"), "De 800 $ à 2000 $", "", "Client A, 418 555-0101", "Client B, 418 555-0102",
				true));
		providers.vet(id, new Vetting(true, true, true, true, ""), manager.accountId());
	}

	/** The provider's quote typed in the page's form, and sent. */
	private void answer(int price) {
		Pages.type(browser, "oneTime", String.valueOf(price));
		Pages.type(browser, "yearly", "120");
		Pages.type(browser, "included", "Un site de cinq pages, la formation");
		Pages.type(browser, "weeks", "6");
		click(By.cssSelector("input[name=domainOwner][value=MERCHANT]"));
		click(By.cssSelector("input[name=contentOwner][value=MERCHANT]"));
		click(By.cssSelector("input[name=accessibility][value=WCAG_AA]"));
		click(By.cssSelector("input[name=hosting][value=CANADA]"));
		click(By.cssSelector("input[name=frenchService][value=true]"));
		Pages.type(browser, "maintenance", "Mises à jour de sécurité");
		click(By.xpath("//button[normalize-space()='Envoyer ma soumission']"));
		Pages.waitForNotice(browser, "Merci ! Votre soumission est transmise au commerçant.");
	}

	/** The page is clean for axe-core and does not scroll sideways on the phone's screen. */
	private void onAPhone() {
		Accessibility.assertNoSeriousViolations(browser);
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(((Number) overflow).longValue()).as("pixels scrolling sideways at 360 px on " + browser.getCurrentUrl())
			.isLessThanOrEqualTo(0);
	}

	/** The link of the request for a quote mailed to this provider. */
	private String linkMailedTo(String email) {
		Matcher matcher = LINK.matcher(ReceivedMails.body(ReceivedMails.await(mail, email, "Demande de soumission", 1)
			.get(0)));
		assertThat(matcher.find()).as("a link in the request mailed to " + email).isTrue();
		return matcher.group(1);
	}

	private static String slug(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@fournisseur.test";
	}

	private void click(By by) {
		Pages.click(browser, by);
	}

}
