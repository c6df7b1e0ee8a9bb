package ca.pignon.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser journeys do on every page: wait (at most 10 s, through pages being replaced) for a condition, a
 * page's heading or a success notice, type into a field found by its id, click, sign in and out, and download what a
 * link gives in the browser's session.
 */
public final class Pages {

	/**
	 * How often a wait asks the browser again: Selenium's default, half a second, was most of the journeys' time, as
	 * a page is seldom ready at the first look; the longest wait is unchanged.
	 */
	public static final Duration POLL = Duration.ofMillis(40);

	private Pages() {
	}

	public static void waitUntil(WebDriver browser, BooleanSupplier condition) {
		// while htmx or a navigation replaces the page, Chromium can also answer "Node with given id does not belong
		// to the document" (a plain WebDriverException): the same race as a stale element, so asked again
		new WebDriverWait(browser, Duration.ofSeconds(10), POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				try {
					return condition.getAsBoolean();
				}
				catch (org.openqa.selenium.WebDriverException ex) {
					if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
						return false;
					}
					throw ex;
				}
			});
	}

	/** Waits for a page whose main heading is this text. */
	public static void waitForHeading(WebDriver browser, String text) {
		waitShowing(browser, "no page \"" + text + "\"",
				() -> browser.findElements(By.tagName("h1")).stream().anyMatch(h1 -> h1.getText().equals(text)));
	}

	/** Waits for a success notice of exactly this text. */
	public static void waitForNotice(WebDriver browser, String text) {
		waitShowing(browser, "no notice \"" + text + "\"", () -> browser.findElements(By.cssSelector(".notice.success"))
			.stream()
			.anyMatch(notice -> notice.getText().equals(text)));
	}

	/** Waits as {@link #waitUntil}; a page that never comes fails with what the browser shows instead. */
	private static void waitShowing(WebDriver browser, String expected, BooleanSupplier condition) {
		try {
			waitUntil(browser, condition);
		}
		catch (RuntimeException ex) {
			throw new AssertionError(expected + "; the page shows: " + browser.findElement(By.tagName("body")).getText(),
					ex);
		}
	}

	/** Clicks the element, trying again while a page being replaced makes it stale. */
	public static void click(WebDriver browser, By by) {
		new WebDriverWait(browser, Duration.ofSeconds(10), POLL).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				driver.findElement(by).click();
				return true;
			});
	}

	/** Signs in on the login page of Pignon listening on {@code port}, and waits to leave it. */
	public static void signIn(WebDriver browser, int port, String email, String password) {
		browser.get("http://localhost:" + port + "/login");
		waitForHeading(browser, "Connexion");
		type(browser, "username", email);
		type(browser, "password", password);
		click(browser, By.xpath("//button[normalize-space()='Se connecter']"));
		waitUntil(browser, () -> !browser.getCurrentUrl().contains("/login"));
	}

	public static void signOut(WebDriver browser) {
		click(browser, By.xpath("//button[normalize-space()='Se déconnecter']"));
		waitUntil(browser, () -> browser.getCurrentUrl().contains("loggedOut"));
	}

	/** What {@code path} answers to the browser's session (a PDF, a calendar file, a photo), outside the browser. */
	public static HttpResponse<byte[]> download(WebDriver browser, int port, String path)
			throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", "JSESSIONID=" + session)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Replaces the text of the field of this id. */
	public static void type(WebDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
