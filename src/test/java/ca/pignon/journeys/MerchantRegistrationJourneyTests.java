package ca.pignon.journeys;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant registers end to end in a real browser and sees the eligibility decision: "check your email", signs in,
 * describes the business, is asked to confirm the address before sending, gets the link again, follows it from the
 * mail (GreenMail) and sends; someone registering again with her address gets the same answer and she is told by mail.
 * Every page they pass is scanned with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
		"pignon.admin.email=admin@pignon.test", "pignon.admin.password=une phrase de passe solide" })
class MerchantRegistrationJourneyTests {

	@RegisterExtension
	static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

	static final String EMAIL = "rosalie@boulangerie.test";

	static final String PASSWORD = "le pain chaud sort à six heures";

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void aStorefrontMerchantRegistersConfirmsHerAddressAndLearnsAtOnceThatTheProgramCanTakeThem() {
		// the home page invites to register
		open("/");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Inscrivez votre commerce");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Je m’inscris"));

		// step "Vous": an invalid form keeps what was typed and explains in French
		Pages.type(browser, "firstName", "Rosalie");
		Pages.type(browser, "lastName", "Gingras");
		Pages.type(browser, "email", EMAIL);
		Pages.type(browser, "password", "court");
		submit();
		assertThat(errorFor("password")).contains("au moins 10 caractères");
		assertThat(browser.findElement(By.id("firstName")).getAttribute("value")).isEqualTo("Rosalie");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "password", PASSWORD);
		submit();

		// "check your email": nobody is signed in yet
		waitForHeading("Vérifiez vos courriels");
		assertThat(browser.getPageSource()).contains(EMAIL);
		Accessibility.assertNoSeriousViolations(browser);

		// she signs in before opening the mail, and resumes her registration
		click(By.linkText("Se connecter"));
		Pages.signIn(browser, port, EMAIL, PASSWORD);
		waitForHeading("Votre inscription est en cours");
		assertThat(browser.findElement(By.id("verification")).getText()).contains("confirmez votre adresse courriel");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Reprendre mon inscription"));

		// step "Entreprise"
		waitForHeading("Votre entreprise");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "legalName", "9999-1234 Québec inc.");
		Pages.type(browser, "tradeName", "Boulangerie Rosalie");
		Pages.type(browser, "neq", "1171234567");
		Pages.type(browser, "employees", "4");
		browser.findElement(By.cssSelector("input[name='naicsCode'][value='445110']")).click();
		// Enter in a field continues: it does not run the sector search
		browser.findElement(By.id("employees")).sendKeys(Keys.ENTER);

		// step "Adresse": a real address of the shipped address list; sent without the reception mode first
		waitForHeading("Votre établissement");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "civicNumber", "350");
		Pages.type(browser, "street", "rue Abraham-Martin");
		Pages.type(browser, "municipality", "Québec");
		Pages.type(browser, "postalCode", "g1k 8n1");
		submit();
		// refused: the focus is on the error summary, the title says so, and its link reaches the group of choices
		Pages.waitUntil(browser, () -> !browser.findElements(By.id("error-summary")).isEmpty());
		Pages.waitUntil(browser, () -> "error-summary".equals(browser.switchTo().activeElement().getAttribute("id")));
		assertThat(browser.getTitle()).startsWith("Erreur : ").contains("Pignon");
		browser.findElement(By.cssSelector("#error-summary a[href='#receptionMode']")).click();
		Pages.waitUntil(browser, () -> "receptionMode".equals(browser.switchTo().activeElement().getAttribute("id")));
		Accessibility.assertNoSeriousViolations(browser);
		browser.findElement(By.cssSelector("input[name='receptionMode'][value='STOREFRONT']")).click();
		submit();

		// step "Présence en ligne"
		waitForHeading("Votre présence en ligne et vos objectifs");
		Accessibility.assertNoSeriousViolations(browser);
		Pages.type(browser, "website", "boulangerie-rosalie.test");
		browser.findElement(By.cssSelector("input[name='goals'][value='SOCIAL_MEDIA']")).click();
		submit();

		// step "Disponibilité": consents stay unchecked
		waitForHeading("Votre disponibilité");
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.findElements(By.cssSelector("input[name='consents']:checked"))).isEmpty();
		browser.findElement(By.cssSelector("input[name='hoursPerWeek'][value='THREE_TO_FIVE']")).click();
		browser.findElement(By.cssSelector("input[name='workBy'][value='OWNER']")).click();
		submit();

		// review, then send: refused until the address is confirmed, nothing lost, the link offered again
		waitForHeading("Vérifiez et envoyez");
		Accessibility.assertNoSeriousViolations(browser);
		assertThat(browser.getPageSource()).contains("Boulangerie Rosalie", "350 rue Abraham-Martin");
		click(By.xpath("//button[normalize-space()='Envoyer ma candidature']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector(".notice.error")).isEmpty());
		waitForHeading("Vérifiez et envoyez");
		assertThat(browser.findElement(By.cssSelector(".notice.error")).getText())
			.contains("Confirmez d’abord votre adresse courriel");
		assertThat(browser.getPageSource()).contains("Boulangerie Rosalie", "350 rue Abraham-Martin");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.xpath("//button[normalize-space()='Envoyer le lien de nouveau']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector(".notice.success")).isEmpty());
		assertThat(browser.findElement(By.cssSelector(".notice.success")).getText())
			.contains("Un nouveau lien de confirmation");

		// the latest verification link arrives by email and works
		String link = linkIn(latestMailTo(EMAIL, "Confirmez votre adresse courriel", 2));
		open(link.substring(link.indexOf("/account/verify/")));
		assertThat(browser.findElement(By.cssSelector(".notice.success")).getText())
			.contains("votre adresse courriel est vérifiée");
		Accessibility.assertNoSeriousViolations(browser);
		click(By.linkText("Continuer"));
		waitForHeading("Votre inscription est en cours");
		assertThat(browser.findElements(By.id("verification"))).isEmpty();
		click(By.linkText("Reprendre mon inscription"));
		waitForHeading("Vérifiez et envoyez");
		click(By.xpath("//button[normalize-space()='Envoyer ma candidature']"));

		// the decision, in plain French, with the arrondissement
		waitForHeading("Où en est mon dossier ?");
		String decision = browser.findElement(By.id("decision")).getText();
		assertThat(decision).contains("Votre commerce est admissible", "La Cité-Limoilou");
		Accessibility.assertNoSeriousViolations(browser);

		// someone registers again with her address: the same answer, no second account, and she is told by mail
		Pages.signOut(browser);
		open("/register");
		Pages.type(browser, "firstName", "Quelqu’un");
		Pages.type(browser, "lastName", "D’autre");
		Pages.type(browser, "email", EMAIL);
		Pages.type(browser, "password", "une tout autre phrase de passe");
		submit();
		waitForHeading("Vérifiez vos courriels");
		assertThat(browser.getPageSource()).contains(EMAIL);
		String notice = latestMailTo(EMAIL, "Une inscription a été tentée avec votre adresse", 1);
		assertThat(notice).contains("Bonjour Rosalie Gingras", "/login", "/account/forgot");
	}

	private void open(String path) {
		browser.get("http://localhost:" + port + path);
	}

	private static void submit() {
		click(By.cssSelector("form.stacked button.primary[type='submit']"));
	}

	private static void click(By by) {
		browser.findElement(by).click();
	}

	private static String errorFor(String field) {
		return browser.findElement(By.id(field + "-error")).getText();
	}

	private static void waitForHeading(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10), Pages.POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElements(By.tagName("h1"))
				.stream()
				.anyMatch(heading -> heading.getText().equals(text)));
	}

	/** The body of the latest mail of that subject to the recipient, once {@code count} of them arrived. */
	private static String latestMailTo(String recipient, String subject, int count) {
		Pages.waitUntil(browser, () -> mailsTo(recipient, subject).size() >= count);
		var mails = mailsTo(recipient, subject);
		return GreenMailUtil.getBody(mails.get(mails.size() - 1)).replace("=\r\n", "");
	}

	private static java.util.List<jakarta.mail.internet.MimeMessage> mailsTo(String recipient, String subject) {
		return java.util.Arrays.stream(mail.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(recipient)
						&& message.getSubject().equals(subject);
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).toList();
	}

	private static String linkIn(String body) {
		Matcher matcher = Pattern.compile("(http://\\S+/account/verify/\\S+)").matcher(body.replace("=\r\n", ""));
		assertThat(matcher.find()).as("a verification link in " + body).isTrue();
		return matcher.group(1);
	}

}
