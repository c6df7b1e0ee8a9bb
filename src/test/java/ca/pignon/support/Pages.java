package ca.pignon.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser journeys do on every page: wait (at most 10 s, through pages being replaced) for a condition, a
 * page's heading or a success notice, and type into a field found by its id.
 */
public final class Pages {

	private Pages() {
	}

	public static void waitUntil(WebDriver browser, BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> condition.getAsBoolean());
	}

	/** Waits for a page whose main heading is this text. */
	public static void waitForHeading(WebDriver browser, String text) {
		waitUntil(browser,
				() -> browser.findElements(By.tagName("h1")).stream().anyMatch(h1 -> h1.getText().equals(text)));
	}

	/** Waits for a success notice of exactly this text. */
	public static void waitForNotice(WebDriver browser, String text) {
		waitUntil(browser, () -> browser.findElements(By.cssSelector(".notice.success"))
			.stream()
			.anyMatch(notice -> notice.getText().equals(text)));
	}

	/** Replaces the text of the field of this id. */
	public static void type(WebDriver browser, String id, String text) {
		WebElement field = browser.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
