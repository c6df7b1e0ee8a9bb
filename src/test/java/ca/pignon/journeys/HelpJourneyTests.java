package ca.pignon.journeys;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.pignon.support.Accessibility;
import ca.pignon.support.Chromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone looking for help follows "Aide" from the home page's footer, on a phone, and reads the help page, scanned
 * with axe-core, in French and in English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpJourneyTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
	}

	@Test
	void findsHelpFromTheFooterAndReadsItOnAPhone() {
		var size = browser.manage().window().getSize();
		try {
			browser.manage().window().setSize(new Dimension(360, 740));
			browser.manage().deleteAllCookies();
			browser.get("http://localhost:" + port + "/");
			browser.findElement(By.cssSelector("footer")).findElement(By.linkText("Aide")).click();

			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Aide");
			assertThat(browser.findElements(By.cssSelector("section[id] > h2"))).hasSize(5);
			Accessibility.assertNoSeriousViolations(browser);
			Object sideways = browser.executeScript(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(((Number) sideways).intValue()).as("sideways scrolling at 360 px").isLessThanOrEqualTo(0);

			browser.manage().addCookie(new org.openqa.selenium.Cookie("pignon-lang", "en-CA"));
			browser.navigate().refresh();
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Help");
			Accessibility.assertNoSeriousViolations(browser);
		}
		finally {
			browser.manage().deleteAllCookies();
			browser.manage().window().setSize(size);
		}
	}

}
