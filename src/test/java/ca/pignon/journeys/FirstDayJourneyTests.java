package ca.pignon.journeys;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.support.ReceivedMails;
import ca.pignon.diagnostic.DiagnosticFixture;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.Places;
import ca.pignon.intake.StaffFixture;
import ca.pignon.plan.ApprovedPlan;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.progress.Task;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's "done means": a merchant's first day and what follows, in headless Chromium, every merchant page on a
 * 360 px phone screen and scanned with axe-core. She finds "fromagerie" in the registration's sector search (the first
 * result is the sectors API's best match), registers and confirms her address from the mail, is retained (the
 * manager's decision, through the services), writes to her advisor, who answers from the dashboard's flag, and reads
 * the answer (both mails read from GreenMail); once the diagnostic is done and the plan sent (staff's work, through
 * the services), she approves the plan, opens its first step and sees what to do (the why, the steps and the sign
 * that it is done, as the approved plan says them), marks it done, corrects her phone number, and follows the status
 * page through every stage to the survey, which she answers. GreenMail on its own port, 3725.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3725",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class FirstDayJourneyTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	static final Dimension PHONE = new Dimension(360, 740);

	static final String PASSWORD = "le lait cru affine lentement";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3725, "127.0.0.1", "smtp"))
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static ChromeDriver browser;

	static Dimension desktop;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MessageSource messages;

	@Autowired
	IntakeManagement intake;

	@Autowired
	PlanManagement plans;

	@Autowired
	ProgressManagement progress;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
		desktop = browser.manage().window().getSize();
	}

	@Test
	void aCheeseShopFindsItsTradeRegistersReachesItsAdvisorAndFollowsEveryStageToTheSurvey() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String business = "Fromagerie du Faubourg " + suffix;
		String email = ApplicationFixture.uniqueEmail("fromagerie");
		var fixture = new FollowupFixture(context);
		DiagnosticFixture staff = fixture.merchants;
		String advisorEmail = ApplicationFixture.uniqueEmail("anne");
		StaffFixture.staffMember(staff.accounts, staff.jdbc, advisorEmail, "Anne Tremblay", Role.ADVISOR);
		PignonUser advisor = (PignonUser) users.loadUserByUsername(advisorEmail);

		// she registers on her phone: "Vous"
		browser.manage().window().setSize(PHONE);
		open("/register");
		Pages.type(browser, "firstName", "Rosalie");
		Pages.type(browser, "lastName", "Gingras");
		Pages.type(browser, "email", email);
		Pages.type(browser, "password", PASSWORD);
		checkPage();
		submit();
		Pages.waitForHeading(browser, "Vérifiez vos courriels");
		checkPage();

		// signs in and confirms her address from the mail
		signIn(email, PASSWORD);
		Pages.waitForHeading(browser, "Votre inscription est en cours");
		checkPage();
		String link = linkIn(awaitMail(email, "Confirmez votre adresse courriel", 1).get(0));
		open(link.substring(link.indexOf("/account/verify/")));
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector(".notice.success")).isEmpty());
		checkPage();
		click(By.linkText("Continuer"));
		Pages.waitForHeading(browser, "Votre inscription est en cours");
		click(By.linkText("Reprendre mon inscription"));

		// "Entreprise": she finds her trade by the word she uses, the best match first
		Pages.waitForHeading(browser, "Votre entreprise");
		checkPage();
		Pages.type(browser, "legalName", "9999-" + suffix + " Québec inc.");
		Pages.type(browser, "tradeName", business);
		Pages.type(browser, "neq", "11" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
		Pages.type(browser, "employees", "3");
		Pages.type(browser, "sectorQuery", "fromagerie");
		String best = bestSectorFor("fromagerie");
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector("#sector-results input[name=naicsCode]"))
			.isEmpty());
		WebElement first = browser.findElement(By.cssSelector("#sector-results input[name=naicsCode]"));
		assertThat(first.getDomAttribute("value")).as("the first result is the API's best match").isEqualTo(best);
		String sectorLabel = browser.findElement(By.cssSelector("label[for='" + first.getDomAttribute("id") + "']"))
			.getText();
		assertThat(sectorLabel).endsWith("(" + best + ")");
		checkPage();
		click(By.cssSelector("label[for='" + first.getDomAttribute("id") + "']"));
		submit();

		// "Adresse", "Présence en ligne", "Disponibilité", then send
		Pages.waitForHeading(browser, "Votre établissement");
		checkPage();
		Pages.type(browser, "civicNumber", Places.BUS_STATION_CIVIC);
		Pages.type(browser, "street", Places.BUS_STATION_STREET);
		Pages.type(browser, "municipality", "Québec");
		Pages.type(browser, "postalCode", "G1K 8N1");
		clickChoice("receptionMode", "STOREFRONT");
		submit();
		Pages.waitForHeading(browser, "Votre présence en ligne et vos objectifs");
		checkPage();
		Pages.type(browser, "website", "fromagerie-" + suffix + ".test");
		clickChoice("goals", "SOCIAL_MEDIA");
		submit();
		Pages.waitForHeading(browser, "Votre disponibilité");
		checkPage();
		clickChoice("hoursPerWeek", "THREE_TO_FIVE");
		clickChoice("workBy", "OWNER");
		submit();
		Pages.waitForHeading(browser, "Vérifiez et envoyez");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(business, sectorLabel.replaceAll(
				" \\(\\d+\\)$", ""));
		checkPage();
		click(By.xpath("//button[normalize-space()='Envoyer ma candidature']"));

		// the status page: registered, eligible, waiting for the selection
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("decision")).getText()).contains("Votre commerce est admissible");
		assertStage("APPLIED", "ELIGIBLE");
		checkPage();
		ApplicationDetails application = intake
			.applicationOf(((PignonUser) users.loadUserByUsername(email)).accountId(), FRENCH)
			.orElseThrow();
		assertThat(application.business().naicsCode()).isEqualTo(best);

		// the manager retains her with Anne (the selection's own journey drives its pages)
		staff.retained(advisor, List.of(application));
		await().atMost(Duration.ofSeconds(20)).until(() -> stageShown("DECIDED"));
		assertStage("DECIDED", "RETAINED");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Anne Tremblay");
		checkPage();

		// she writes to her advisor
		click(By.linkText(message("conversation.status.open")));
		Pages.waitForHeading(browser, message("conversation.page.title"));
		checkPage();
		String question = "Puis-je apporter mes meules à la rencontre ? " + suffix;
		Pages.type(browser, "body", question);
		click(By.xpath("//button[normalize-space()='" + message("conversation.page.send") + "']"));
		Pages.waitForNotice(browser, message("conversation.sent"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(question);
		checkPage();
		signOut();

		// Anne is mailed, and answers from her dashboard's flag
		MimeMessage toAnne = awaitMail(advisorEmail, question, 1).get(0);
		assertThat(toAnne.getSubject()).contains(business);
		signIn(advisorEmail, StaffFixture.PASSWORD);
		open("/followup");
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector("a.badge.risk")).isEmpty());
		Accessibility.assertNoSeriousViolations(browser);
		WebElement flag = browser.findElements(By.cssSelector("a.badge.risk"))
			.stream()
			.filter(a -> a.getDomAttribute("href").endsWith(application.id().value().toString()))
			.findFirst()
			.orElseThrow();
		flag.click();
		Pages.waitUntil(browser, () -> browser.findElement(By.tagName("main")).getText().contains(question));
		Accessibility.assertNoSeriousViolations(browser);
		String answer = "Oui, apportez-en deux : on les photographiera. " + suffix;
		Pages.type(browser, "body", answer);
		click(By.xpath("//button[normalize-space()='" + message("conversation.page.send") + "']"));
		Pages.waitForNotice(browser, message("conversation.sent"));
		signOut();

		// she reads the answer in her mail and on her pages
		MimeMessage toMerchant = awaitMail(email, answer, 1).get(0);
		assertThat(toMerchant.getSubject()).contains("Anne Tremblay");
		assertThat(body(toMerchant)).contains("/conversation/my");
		signInOnThePhone(email);
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains(message("conversation.status.answered", "Anne Tremblay"));
		click(By.linkText(message("conversation.status.open")));
		Pages.waitForHeading(browser, message("conversation.page.title"));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains(question, answer);
		checkPage();

		// the diagnostic is done with Anne (its own journey drives its pages): the status page moves on
		staff.completed(application.id(), advisor, java.util.Set.of("tools"));
		open("/intake/my");
		assertStage("DIAGNOSED", "DIAGNOSED");
		checkPage();

		// Anne drafts and sends the plan; she approves it by writing her name
		PlanSummary plan = plans.draft(application.id(), plans.nextMonth(), new BigDecimal("3"),
				PlanFixture.actor(advisor), FRENCH);
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		open("/intake/my");
		click(By.linkText(message("plan.status.open")));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("f-name")).isEmpty());
		checkPage();
		Pages.type(browser, "f-name", "Rosalie Gingras");
		click(By.xpath("//button[normalize-space()='" + message("plan.my.approve") + "']"));
		Pages.waitForNotice(browser, message("plan.my.approved"));
		checkPage();
		await().atMost(Duration.ofSeconds(20)).until(() -> progress.planOf(application.id(), FRENCH).isPresent());
		open("/intake/my");
		assertStage("PLANNED", "PLANNED");
		checkPage();

		// she opens the plan's next step and sees what to do, as the approved plan says it
		Task next = progress.planOf(application.id(), FRENCH).orElseThrow().next();
		ApprovedPlan.Action action = plans.approvedPlanOf(application.id())
			.orElseThrow()
			.actions()
			.stream()
			.filter(a -> a.key().equals(next.key()))
			.findFirst()
			.orElseThrow();
		click(By.linkText(message("progress.status.open")));
		Pages.waitForHeading(browser, "Mon plan");
		checkPage();
		click(By.linkText(message("progress.task.open")));
		Pages.waitForHeading(browser, next.title());
		String guide = browser.findElement(By.cssSelector(".task-guide")).getText();
		assertThat(guide).contains(action.guide().why().in(FRENCH));
		action.guide().steps().forEach(step -> assertThat(guide).contains(step.in(FRENCH)));
		if (action.guide().indicator() != null) {
			assertThat(guide).contains(message("progress.guide.indicator"), action.guide().indicator().in(FRENCH));
		}
		checkPage();
		click(By.xpath("//button[normalize-space()='" + message("progress.task.markDone") + "']"));
		Pages.waitForHeading(browser, "Mon plan");
		assertThat(browser.findElement(By.cssSelector(".done-list")).getText()).contains(next.title());
		checkPage();
		open("/intake/my");
		assertStage("ACCOMPANIED", "ACCOMPANIED");

		// she corrects her phone number
		click(By.linkText(message("intake.corrections.open")));
		Pages.waitForHeading(browser, message("intake.corrections.title"));
		checkPage();
		Pages.type(browser, "phone", "418 555-0199");
		click(By.cssSelector("form[action$='/intake/my/corrections/contact'] button[type=submit]"));
		Pages.waitForNotice(browser, message("intake.corrections.saved"));
		checkPage();
		assertThat(intake.applicationOf(application.accountId(), FRENCH).orElseThrow().contact().phone())
			.isEqualTo("418 555-0199");

		// Anne plans a meeting: the mail brings its calendar file
		LocalDate day = fixture.today().plusDays(7);
		fixture.followup.logMeeting(application.id(), FollowupFixture.planned(day, LocalTime.of(10, 0), 60),
				FollowupFixture.actor(advisor));
		assertThat(body(awaitMail(email, "Rencontre prévue", 1).get(0))).contains("/followup/my/calendar.ics");

		// at the end, the final diagnostic and the closing (the follow-up's journey drives their pages)
		fixture.completeDiagnostic(application.id(), DiagnosticKind.T1, advisor, java.util.Set.of("tools"));
		fixture.followup.close(application.id(), FollowupFixture.actor(advisor));
		assertThat(body(awaitMail(email, "accompagnement est terminé", 1).get(0))).contains("/followup/my/survey");
		open("/intake/my");
		assertStage("CLOSED", "CLOSED");
		checkPage();

		// the survey, from the status page
		click(By.linkText(message("progress.status.survey")));
		Pages.waitForHeading(browser, message("followup.survey.title"));
		checkPage();
		for (String question2 : new String[] { "helpfulness", "advisor", "recommend" }) {
			click(By.cssSelector("label[for='"
					+ browser.findElement(By.cssSelector("input[name=" + question2 + "][value='4']")).getDomAttribute("id")
					+ "']"));
		}
		Pages.type(browser, "comment", "Merci Anne, les meules sont en vitrine !");
		click(By.xpath("//button[normalize-space()='Envoyer mes réponses']"));
		Pages.waitForNotice(browser, "Merci pour vos réponses !");
		checkPage();
		signOut();
	}

	/** The step the status page marks as current and its one next step, in the words of the bundle. */
	private void assertStage(String step, String next) {
		try {
			Pages.waitUntil(browser, () -> {
				if (stageShown(step) && browser.findElement(By.cssSelector("#journey .next-step"))
					.getText()
					.contains(message("intake.journey.next." + next))) {
					return true;
				}
				browser.navigate().refresh();
				return false;
			});
		}
		catch (RuntimeException ex) {
			throw new AssertionError("stage " + step + " with next step " + next + " not shown; the page shows: "
					+ browser.findElement(By.tagName("main")).getText(), ex);
		}
		assertThat(browser.findElement(By.cssSelector("#journey .next-step")).getText())
			.contains(message("intake.journey.next." + next));
		assertThat(browser.findElements(By.cssSelector("#journey li.done"))).hasSize(
				List.of("APPLIED", "DECIDED", "DIAGNOSED", "PLANNED", "ACCOMPANIED", "CLOSED").indexOf(step));
	}

	private boolean stageShown(String step) {
		if (!browser.getCurrentUrl().endsWith("/intake/my")) {
			open("/intake/my");
		}
		var current = browser.findElements(By.cssSelector("#journey li[aria-current=step]"));
		if (current.isEmpty() || !current.get(0).getText().startsWith(message("intake.journey.step." + step))) {
			browser.navigate().refresh();
			return false;
		}
		return true;
	}

	/** A merchant page: axe-core finds nothing serious, and nothing scrolls sideways at 360 px. */
	private static void checkPage() {
		assertThat(browser.manage().window().getSize().getWidth()).isEqualTo(PHONE.getWidth());
		Accessibility.assertNoSeriousViolations(browser);
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scrolling at 360 px on " + browser.getCurrentUrl())
			.isLessThanOrEqualTo(0);
	}

	/** The code the public sectors API gives first for the word. */
	private String bestSectorFor(String word) throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sectors?lang=fr&q=" + word))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(200);
		Matcher code = Pattern.compile("\"code\"\\s*:\\s*\"(\\d+)\"").matcher(answer.body());
		assertThat(code.find()).as(answer.body()).isTrue();
		return code.group(1);
	}

	private String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, FRENCH);
	}

	private void signInOnThePhone(String email) {
		signIn(email, PASSWORD);
		browser.manage().window().setSize(PHONE);
		open("/intake/my");
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
	}

	private void signIn(String email, String password) {
		Pages.signIn(browser, port, email, password);
	}

	/** Signs out from the desktop-sized window, where the menu shows its button. */
	private static void signOut() {
		browser.manage().window().setSize(desktop);
		Pages.signOut(browser);
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void submit() {
		click(By.cssSelector("form.stacked button.primary[type='submit']"));
	}

	private static void click(By by) {
		Pages.click(browser, by);
	}

	private static void clickChoice(String name, String value) {
		WebElement input = browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
		click(By.cssSelector("label[for='" + input.getDomAttribute("id") + "']"));
	}

	private static List<MimeMessage> awaitMail(String recipient, String quoting, int count) {
		return ReceivedMails.await(mail, recipient, quoting, count);
	}

	private static String body(MimeMessage message) {
		return ReceivedMails.body(message);
	}

	private static String linkIn(MimeMessage message) {
		Matcher matcher = Pattern.compile("(http://\\S+/account/verify/\\S+)").matcher(body(message));
		assertThat(matcher.find()).as("a verification link in " + body(message)).isTrue();
		return matcher.group(1);
	}

}
