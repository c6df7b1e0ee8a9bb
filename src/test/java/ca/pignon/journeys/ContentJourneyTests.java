package ca.pignon.journeys;

import java.util.List;
import java.time.YearMonth;

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

import ca.pignon.content.CalendarManagement;
import ca.pignon.content.CalendarPost;
import ca.pignon.content.FiguresManagement;
import ca.pignon.content.MonthlyFigures;
import ca.pignon.content.Network;
import ca.pignon.content.PostStatus;
import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant's content work on a 390 px phone screen, in a real browser: the value work done and kept, the pillars
 * kept, the calendar's rhythm chosen and three months drafted, a post marked published with its link, the month's
 * figures entered (a word where a number goes refused, what was typed kept) and the trend chart shown; then the
 * advisor sees the month's posts on their dashboard. Every page scanned with axe-core, and none scrolls sideways.
 * GreenMail on port 4025, apart from the other journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=4025",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class ContentJourneyTests {

	static final String BUSINESS = "Boulangerie du Parvis (contenu)";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(4025, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	CalendarManagement calendar;

	@Autowired
	FiguresManagement figures;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void fromTheValueWorkToTheMonthsFiguresOnAPhone() throws Exception {
		// given a merchant retained with their advisor
		var fixture = new DiagnosticFixture(context);
		String advisorEmail = ApplicationFixture.uniqueEmail("camille");
		StaffFixture.staffMember(fixture.accounts, fixture.jdbc, advisorEmail, "Camille Roy", Role.ADVISOR);
		PignonUser advisor = (PignonUser) users.loadUserByUsername(advisorEmail);
		var merchant = ApplicationFixture.anApplication(fixture.intake).named(BUSINESS);
		ApplicationDetails application = fixture.retained(advisor, List.of(merchant.submit())).get(0);
		String base = "http://localhost:" + port + "/content/applications/" + application.id().value();

		Dimension desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(390, 844));
		try {
			signIn(merchant.email(), ApplicationFixture.PASSWORD);

			// the value work, done and kept
			browser.get(base + "/value");
			Pages.waitForHeading(browser, "Votre valeur ajoutée");
			checkPage();
			Pages.type(browser, "statement", "Le pain au levain du Parvis, pétri chaque nuit.");
			Pages.type(browser, "differentiators0", "Pain fait main chaque nuit");
			Pages.type(browser, "differentiators1", "Au cœur du quartier Saint-Roch");
			Pages.type(browser, "differentiators2", "Une équipe familiale");
			Pages.type(browser, "profiles0.name", "Les habitués du quartier");
			Pages.type(browser, "profiles1.name", "Les travailleurs du coin");
			click(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("input[name=tone][value=WARM]"))
				.getDomAttribute("id") + "']"));
			click(By.xpath("//button[normalize-space()='Garder cette version']"));
			Pages.waitForNotice(browser, "La version est gardée ; la fiche est prête à imprimer.");
			checkPage();

			// the pillars, proposed and kept
			browser.get(base + "/pillars");
			Pages.waitForHeading(browser, "Vos piliers de contenu");
			click(By.xpath("//button[normalize-space()='Proposer des piliers']"));
			Pages.waitUntil(browser, () -> !browser.findElements(By.id("rows0.name")).isEmpty());
			click(By.xpath("//button[normalize-space()='Enregistrer mes piliers']"));
			Pages.waitForNotice(browser, "Vos piliers sont enregistrés.");
			checkPage();

			// the calendar: a rhythm that fits, then three months drafted
			browser.get(base + "/calendar");
			Pages.waitForHeading(browser, "Votre calendrier de publications");
			Pages.type(browser, "instagram", "3");
			Pages.type(browser, "minutes", "300");
			click(By.xpath("//button[normalize-space()='Enregistrer mes choix']"));
			Pages.waitForNotice(browser, "Vos choix sont enregistrés.");
			// a fresh page, so that the wait for the next notice never reads this one while the page is replaced
			browser.get(base + "/calendar");
			Pages.waitForHeading(browser, "Votre calendrier de publications");
			click(By.xpath("//button[normalize-space()='Préparer mes trois prochains mois']"));
			Pages.waitForNotice(browser, "Votre calendrier est prêt.");
			checkPage();

			// a post marked published, with its link
			PignonUser owner = (PignonUser) users.loadUserByUsername(merchant.email());
			CalendarPost first = calendar.posts(owner, application.id()).get(0);
			browser.get(base + "/calendar?month=" + YearMonth.from(first.day()));
			Pages.waitForHeading(browser, "Votre calendrier de publications");
			Pages.type(browser, "link-" + first.id(), "https://www.instagram.com/p/parvis");
			click(By.xpath("//input[@value='" + first.id() + "']/ancestor::form//button[@value='publish']"));
			Pages.waitForNotice(browser, "La publication est enregistrée.");
			assertThat(calendar.posts(owner, application.id()).get(0).status()).isEqualTo(PostStatus.PUBLISHED);
			checkPage();

			// the month's figures: a word where a number goes is refused, what was typed stays; then saved
			click(By.linkText("Vos chiffres du mois : ce qui fonctionne"));
			Pages.waitForHeading(browser, "Vos chiffres du mois");
			checkPage();
			Pages.type(browser, "rows0.followers", "beaucoup");
			Pages.type(browser, "rows0.postsPublished", "1");
			Pages.type(browser, "rows0.reach", "400");
			Pages.type(browser, "rows0.interactions", "22");
			click(By.xpath("//button[normalize-space()='Enregistrer les chiffres']"));
			Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
			assertThat(browser.findElement(By.id("error-summary")).getText())
				.contains("« beaucoup » n'est pas un nombre entier.");
			assertThat(browser.findElement(By.id("rows0.reach")).getDomProperty("value")).isEqualTo("400");
			checkPage();
			Pages.type(browser, "rows0.followers", "180");
			click(By.xpath("//button[normalize-space()='Enregistrer les chiffres']"));
			Pages.waitForNotice(browser, "Vos chiffres sont enregistrés.");
			YearMonth month = figures.range(owner, application.id()).orElseThrow().last();
			assertThat(figures.history(owner, application.id()))
				.containsExactly(new MonthlyFigures(month, Network.INSTAGRAM, 180, 1, 400, 22));
			// the chart is drawn (an SVG image that loads), its table beside it
			var svg = Pages.download(browser, port, "/content/applications/" + application.id().value()
					+ "/figures/chart.svg");
			assertThat(svg.statusCode()).isEqualTo(200);
			assertThat(svg.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
			assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<polyline");
			Pages.waitUntil(browser, () -> ((Number) ((JavascriptExecutor) browser).executeScript(
					"var i = document.querySelector('figure.chart img'); return i && i.complete ? i.naturalWidth : 0"))
				.intValue() > 0);
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("Vos chiffres, mois par mois",
					"5,50 %");
			checkPage();
			Pages.signOut(browser);
		}
		finally {
			browser.manage().window().setSize(desktop);
		}

		// the advisor sees the month's posts on their dashboard
		signIn(advisorEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/followup");
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("caseload")).isEmpty());
		String row = browser.findElement(By.xpath("//tr[th/a[normalize-space()='" + BUSINESS + "']]")).getText();
		assertThat(row).containsPattern("publiées? sur \\d+ prévues?");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.signOut(browser);
	}

	/** axe-core clean, and nothing to scroll sideways. */
	private static void checkPage() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px on %s, widest: %s",
				browser.getCurrentUrl(), ((JavascriptExecutor) browser).executeScript("""
						var w = document.documentElement.clientWidth, out = [];
						document.querySelectorAll('body *').forEach(function (e) {
						  var r = e.getBoundingClientRect();
						  if (r.right > w + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(r.right)); }
						});
						return out.slice(0, 8).join(' | ');""")).isLessThanOrEqualTo(0);
		Accessibility.assertNoSeriousViolations(browser);
	}

	private void signIn(String email, String password) {
		Pages.signIn(browser, port, email, password);
	}

	private static void click(By by) {
		Pages.click(browser, by);
	}

}
