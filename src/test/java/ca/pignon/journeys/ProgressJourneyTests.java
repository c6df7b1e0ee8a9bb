package ca.pignon.journeys;

import java.math.BigDecimal;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.intake.StaffFixture;
import ca.pignon.plan.PlanFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.progress.MyPlan;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.progress.Task;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.shared.AccountId;
import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole accompaniment from the approved plan to the closed dossier. The merchant's plan is approved (drafted from
 * a real diagnostic through the APIs); on "Mon plan" they open the next step, try a file that is not a photo (refused,
 * what they typed kept), mark it done with a real photo and a link (celebrated), ask their advisor for help with
 * another step and choose monthly reminders; the advisor, told by mail, finds the request from the follow-up
 * dossier, sees the photo, answers, logs the meeting; after the T1 diagnostic the before/after says which objectives
 * are reached and the dossier closes; the merchant answers the survey from their dossier. In a real browser, every
 * page scanned with axe-core. GreenMail on port 3325, apart from the other journeys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3325",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class ProgressJourneyTests {

	static final String BUSINESS = "Fleuriste de la Côte (suivi)";

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3325, "127.0.0.1", "smtp"))
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
	UserDetailsService users;

	@TempDir
	Path files;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void fromTheApprovedPlanToTheClosedDossier() throws Exception {
		// given a merchant whose plan, drafted from their diagnostic, they approved
		var fixture = new DiagnosticFixture(context);
		String advisorEmail = ApplicationFixture.uniqueEmail("marc");
		StaffFixture.staffMember(fixture.accounts, fixture.jdbc, advisorEmail, "Marc Tremblay", Role.ADVISOR);
		PignonUser advisor = (PignonUser) users.loadUserByUsername(advisorEmail);
		var merchant = ApplicationFixture.anApplication(fixture.intake).named(BUSINESS);
		ApplicationDetails application = fixture.retained(advisor, List.of(merchant.submit())).get(0);
		fixture.completed(application.id(), advisor, Set.of("tools"));
		PlanSummary plan = plans.draft(application.id(), plans.nextMonth(), new BigDecimal("3"), PlanFixture.actor(advisor),
				ApplicationFixture.FRENCH);
		plans.send(plan.id(), 1, PlanFixture.actor(advisor));
		plans.approve(plan.id(), 1, PlanFixture.MERCHANT_NAME, application.accountId(), ApplicationFixture.FRENCH);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> progress.planOf(application.id(), ApplicationFixture.FRENCH).isPresent());
		MyPlan tasks = progress.planOf(application.id(), ApplicationFixture.FRENCH).orElseThrow();
		Task first = tasks.next();
		Task second = tasks.later().get(1);

		// the merchant finds "Mon plan" on their dossier
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("0 action faite sur " + tasks.total(),
				"Prochaine étape : " + first.title());
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Ouvrir mon plan"));
		Pages.waitForHeading(browser, "Mon plan");
		assertThat(browser.findElement(By.cssSelector(".next-step")).getText()).contains(first.title());
		Accessibility.assertNoSeriousViolations(browser);

		// opens the next step and tries a page disguised as a photo: refused, what was typed is kept
		click(By.linkText("Voir cette étape"));
		Pages.waitForHeading(browser, first.title());
		Accessibility.assertNoSeriousViolations(browser);
		Path fake = Files.writeString(files.resolve("vitrine.jpg"), "<html><body>pas une photo</body></html>",
				StandardCharsets.UTF_8);
		Pages.type(browser, "evidenceUrl", "www.exemple.ca/fiche");
		Pages.type(browser, "note", "Fait avec ma fille");
		browser.findElement(By.id("file")).sendKeys(fake.toString());
		click(By.xpath("//button[normalize-space()='C’est fait !']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("file-error")).isEmpty());
		assertThat(browser.findElement(By.id("file-error")).getText()).contains("Seuls les photos");
		assertThat(browser.findElement(By.id("evidenceUrl")).getDomProperty("value")).isEqualTo("www.exemple.ca/fiche");
		assertThat(browser.findElement(By.id("note")).getDomProperty("value")).isEqualTo("Fait avec ma fille");
		Accessibility.assertNoSeriousViolations(browser);

		// with a real photo, the step is done and celebrated
		browser.findElement(By.id("file")).sendKeys(photo("vitrine.png").toString());
		click(By.xpath("//button[normalize-space()='C’est fait !']"));
		Pages.waitForHeading(browser, "Mon plan");
		assertThat(browser.findElement(By.cssSelector(".celebrate")).getText()).contains("Bravo !", first.title(),
				"1 action sur " + tasks.total());
		assertThat(browser.findElement(By.cssSelector(".done-list")).getText()).contains(first.title());
		Accessibility.assertNoSeriousViolations(browser);

		// asks for help with another step
		browser.get("http://localhost:" + port + "/progress/my/actions/" + second.key());
		Pages.waitForHeading(browser, second.title());
		Pages.type(browser, "body", "Je ne sais pas par où commencer.");
		click(By.xpath("//button[normalize-space()='Demander de l’aide']"));
		Pages.waitForNotice(browser, "Votre demande d’aide est envoyée : votre conseillère ou votre conseiller vous répondra.");
		assertThat(browser.findElement(By.id("comments")).getText()).contains("Je ne sais pas par où commencer.");
		Accessibility.assertNoSeriousViolations(browser);

		// chooses a monthly reminder
		click(By.linkText("Retour au plan"));
		Pages.waitForHeading(browser, "Mon plan");
		click(By.cssSelector("label[for='rhythm-MONTHLY']"));
		click(By.xpath("//button[normalize-space()='Enregistrer mon choix']"));
		Pages.waitForNotice(browser, "C’est noté : un rappel par mois.");
		Accessibility.assertNoSeriousViolations(browser);

		// on a phone, the plan fits the screen: nothing to scroll sideways
		Dimension desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		Pages.waitForHeading(browser, "Mon plan");
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(((Number) overflow).intValue()).as("horizontal overflow at 390 px").isLessThanOrEqualTo(0);
		Accessibility.assertNoSeriousViolations(browser);
		browser.manage().window().setSize(desktop);
		signOut();

		// the advisor is told by mail, finds the request from the follow-up and sees the photo
		await().atMost(Duration.ofSeconds(20)).until(() -> helpMail(advisorEmail) != null);
		assertThat(helpMail(advisorEmail).getSubject()).isEqualTo("Demande d’aide de " + BUSINESS);
		assertThat((String) helpMail(advisorEmail).getContent()).contains("/progress/applications/");
		signIn(advisorEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/followup/merchants/" + application.id().value());
		Pages.waitUntil(browser, () -> browser.findElements(By.tagName("h1")).stream()
			.anyMatch(h -> h.getText().contains(BUSINESS)));
		click(By.linkText("Le plan en cours : actions faites, commentaires et demandes d’aide"));
		Pages.waitForHeading(browser, "Plan de " + BUSINESS);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("aide demandée");
		Accessibility.assertNoSeriousViolations(browser);
		browser.get("http://localhost:" + port + "/progress/applications/" + application.id().value() + "/actions/"
				+ first.key());
		Pages.waitForHeading(browser, first.title());
		String photoLink = browser.findElement(By.linkText("vitrine.png")).getDomAttribute("href");
		HttpResponse<byte[]> photo = download(photoLink);
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(photo.body()).isEqualTo(Files.readAllBytes(files.resolve("vitrine.png")));
		browser.get("http://localhost:" + port + "/progress/applications/" + application.id().value() + "/actions/"
				+ second.key());
		Pages.waitForHeading(browser, second.title());
		Pages.type(browser, "body", "Commençons ensemble jeudi : apportez vos photos.");
		click(By.xpath("//button[normalize-space()='Envoyer le commentaire']"));
		Pages.waitForNotice(browser, "Votre commentaire est enregistré.");
		assertThat(browser.findElement(By.id("comments")).getText()).contains("Je ne sais pas par où commencer.",
				"Commençons ensemble jeudi");
		Accessibility.assertNoSeriousViolations(browser);

		// the meeting that follows is logged, its hour counted
		browser.get("http://localhost:" + port + "/followup/merchants/" + application.id().value());
		Pages.waitForHeading(browser, "Suivi : " + BUSINESS);
		click(By.linkText("Noter une rencontre tenue"));
		Pages.waitForHeading(browser, "Rencontre tenue");
		Pages.type(browser, "durationMinutes", "60");
		Pages.type(browser, "topics", "Premiers pas de l’étape : " + second.title());
		click(By.xpath("//button[normalize-space()='Enregistrer la rencontre']"));
		Pages.waitForNotice(browser, "La rencontre est notée ; ses heures sont comptées.");
		assertThat(browser.findElement(By.id("hours")).getText()).contains("1 h utilisées");

		// at the end, with the T1 diagnostic done with the merchant (the diagnostic's journey drives its pages), the
		// before/after says which objectives of the plan are reached, and the dossier closes
		new FollowupFixture(context).completeDiagnostic(application.id(), DiagnosticKind.T1, advisor, everyTheme());
		click(By.linkText("Fin de l’accompagnement : avant et après"));
		Pages.waitForHeading(browser, "Fin de l’accompagnement : " + BUSINESS);
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Les objectifs du plan", "Atteint :");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Fermer le dossier']"));
		Pages.waitForNotice(browser, "Le dossier est fermé ; le commerce peut répondre au sondage de satisfaction.");
		signOut();

		// the merchant finds the survey on their dossier and answers it
		signIn(merchant.email(), ApplicationFixture.PASSWORD);
		Pages.waitForHeading(browser, "Où en est mon dossier ?");
		click(By.linkText("Donner mon avis sur l’accompagnement"));
		Pages.waitForHeading(browser, "Votre avis sur l’accompagnement");
		for (String question : new String[] { "helpfulness", "advisor", "recommend" }) {
			click(By.cssSelector("label[for='" + browser
				.findElement(By.cssSelector("input[name=" + question + "][value='4']"))
				.getDomAttribute("id") + "']"));
		}
		Pages.type(browser, "comment", "Merci Marc, on continue !");
		click(By.xpath("//button[normalize-space()='Envoyer mes réponses']"));
		Pages.waitForNotice(browser, "Merci pour vos réponses !");
		Accessibility.assertNoSeriousViolations(browser);

		// and takes a copy of their data, knowing who sees their dossier (Loi 25)
		click(By.linkText("Mes données"));
		Pages.waitForHeading(browser, "Mes données");
		assertThat(browser.findElement(By.id("who-sees")).getText()).contains("Marc Tremblay, qui vous accompagne.");
		Accessibility.assertNoSeriousViolations(browser);
		HttpResponse<byte[]> copy = download("/privacy/my/archive");
		assertThat(copy.statusCode()).isEqualTo(200);
		assertThat(copy.headers().firstValue("Content-Type")).contains("application/zip");
		try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(copy.body()))) {
			List<String> names = new java.util.ArrayList<>();
			for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
			assertThat(names).contains("LISEZMOI.txt", "donnees.json", "collected/intake.application.csv");
		}

		// asks for a correction, which the person in charge of personal information answers
		String officerEmail = ApplicationFixture.uniqueEmail("helene");
		AccountId officer = StaffFixture.staffMember(fixture.accounts, fixture.jdbc, officerEmail, "Hélène Gagnon",
				Role.MANAGER);
		context.getBean(PrivacyRequests.class).designate(officer, officer);
		click(By.cssSelector("label[for='" + browser.findElement(By.cssSelector("input[name=kind][value=RECTIFICATION]"))
			.getDomAttribute("id") + "']"));
		Pages.type(browser, "details", "Mon numéro est maintenant le 418 555-0199.");
		click(By.xpath("//button[normalize-space()='Envoyer ma demande']"));
		Pages.waitUntil(browser, () -> browser.findElements(By.cssSelector("#requests .notice.success"))
			.stream()
			.anyMatch(notice -> notice.getText().startsWith("Demande reçue. Vous aurez une réponse au plus tard le")));
		Accessibility.assertNoSeriousViolations(browser);
		signOut();
		signIn(officerEmail, StaffFixture.PASSWORD);
		browser.get("http://localhost:" + port + "/privacy/requests");
		Pages.waitForHeading(browser, "Demandes sur les renseignements personnels");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Correction d’un renseignement"));
		Pages.waitForHeading(browser, "Correction d’un renseignement");
		Pages.type(browser, "answer", "C’est corrigé dans votre dossier.");
		click(By.xpath("//button[normalize-space()='Envoyer la réponse']"));
		Pages.waitForNotice(browser, "Réponse envoyée.");
		Accessibility.assertNoSeriousViolations(browser);
		signOut();
	}

	private Set<String> everyTheme() {
		Set<String> themes = new java.util.HashSet<>();
		context.getBean(DiagnosticManagement.class).currentBank().dimensions().forEach(d -> themes.add(d.id()));
		return themes;
	}

	private static @Nullable MimeMessage helpMail(String advisorEmail) throws MessagingException {
		for (MimeMessage message : mail.getReceivedMessagesForDomain(advisorEmail)) {
			if (message.getSubject().startsWith("Demande d’aide")) {
				return message;
			}
		}
		return null;
	}

	private Path photo(String name) throws Exception {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		image.setRGB(5, 5, 0xFF8800);
		Path path = files.resolve(name);
		ImageIO.write(image, "png", path.toFile());
		return path;
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
