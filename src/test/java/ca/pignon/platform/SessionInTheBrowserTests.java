package ca.pignon.platform;

import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;
import ca.pignon.support.Pages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2.1 in a real browser (issue 21): the page warns before the session ends and "Rester connecté" extends it;
 * a form sent after it ended is put back by the page's script once the person has signed in again. Sessions of five
 * minutes here, warned ten seconds after a page is shown, so that the test does not wait half an hour.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = { "server.servlet.session.timeout=5m", "pignon.session.warning-before=290s" })
class SessionInTheBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void thePageWarnsBeforeTheSessionEndsAndStayingSignedInExtendsIt() {
		// given an advisor on a page of theirs
		String email = new TestAccounts(context).create(Role.ADVISOR);
		Pages.signIn(browser, port, email, TestAccounts.PASSWORD);
		browser.get("http://localhost:" + port + "/conversation/contact");
		long before = lastAccess(email);
		// when the warning time comes, a dialog says so, with the way to stay, focused
		WebElement dialog = browser.findElement(By.id("session-warning"));
		new WebDriverWait(browser, Duration.ofSeconds(30), Pages.POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> dialog.getAttribute("open") != null);
		assertThat(dialog.getText()).contains("Votre session va prendre fin", "dans 5 minutes");
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Rester connecté");
		Accessibility.assertNoSeriousViolations(browser);
		// then "Rester connecté" closes it and the session's clock starts again, in the database every instance reads
		browser.switchTo().activeElement().click();
		Pages.waitUntil(browser, () -> dialog.getAttribute("open") == null);
		assertThat(lastAccess(email)).isGreaterThan(before);
		Pages.signOut(browser);
	}

	@Test
	void aFormSentAfterTheSessionEndedIsPutBackInTheFormAfterSigningIn() {
		// given an advisor typing their phone number when their session ends
		String email = new TestAccounts(context).create(Role.ADVISOR);
		Pages.signIn(browser, port, email, TestAccounts.PASSWORD);
		browser.get("http://localhost:" + port + "/conversation/contact");
		Pages.type(browser, "phone", "418 555-0142");
		Pages.click(browser, By.cssSelector("label[for='showPhone1']"));
		jdbc.sql("DELETE FROM spring_session WHERE principal_name = :email").param("email", email).update();
		// when they send it, they are asked to sign in again, and told it is kept
		Pages.click(browser, By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitForHeading(browser, "Connexion");
		assertThat(browser.findElement(By.cssSelector(".notice.warning")).getText()).contains("est gardé");
		Pages.type(browser, "username", email);
		Pages.type(browser, "password", TestAccounts.PASSWORD);
		Pages.click(browser, By.xpath("//button[normalize-space()='Se connecter']"));
		// then they are back on the form with what they typed, and told to check it and send it again
		Pages.waitUntil(browser, () -> browser.getCurrentUrl().endsWith("/conversation/contact"));
		Pages.waitUntil(browser, () -> browser.findElement(By.id("kept-form-notice")).isDisplayed());
		assertThat(browser.findElement(By.id("phone")).getAttribute("value")).isEqualTo("418 555-0142");
		assertThat(browser.findElement(By.id("showPhone1")).isSelected()).isTrue();
		Accessibility.assertNoSeriousViolations(browser);
		// and sending it saves it
		Pages.click(browser, By.xpath("//button[normalize-space()='Enregistrer']"));
		Pages.waitUntil(browser, () -> !browser.findElements(By.cssSelector(".notice.success")).isEmpty());
		browser.get("http://localhost:" + port + "/conversation/contact");
		assertThat(browser.findElement(By.id("phone")).getAttribute("value")).contains("418");
		Pages.signOut(browser);
	}

	private long lastAccess(String email) {
		return jdbc.sql("SELECT max(last_access_time) FROM spring_session WHERE principal_name = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
