package ca.pignon.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven by its own chromedriver (never Selenium Manager, which would try
 * the network). Missing packages are installed with apt-get when the tests run as root, so that the README's test
 * command needs nothing installed by hand; otherwise the test fails with what to install: it is never skipped.
 * <p>
 * The journeys share one browser per test JVM ({@link #shared()}): starting Chromium costs seconds, and each journey
 * gets it without cookies, on a blank page, at the usual window size, as a fresh one would be.
 */
public final class Chromium {

	private static ChromeDriver shared;

	/** The shared browser's window size as it started, given back to each journey. */
	private static Dimension window;

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	/**
	 * @return the browser of this test JVM, started on first use and quit when the JVM exits, emptied of what an earlier
	 * journey left (cookies of every site, the page, the window size); a fresh one if the earlier one died
	 */
	public static synchronized ChromeDriver shared() {
		if (shared != null && !reset(shared)) {
			quit(shared);
			shared = null;
		}
		if (shared == null) {
			ChromeDriver started = start();
			window = started.manage().window().getSize();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> quit(started), "chromium-quit"));
			shared = started;
		}
		return shared;
	}

	private static boolean reset(ChromeDriver driver) {
		try {
			driver.get("about:blank");
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
			if (!driver.manage().window().getSize().equals(window)) {
				driver.manage().window().setSize(window);
			}
			var handles = driver.getWindowHandles();
			return handles.size() == 1;
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	private static void quit(ChromeDriver driver) {
		try {
			driver.quit();
		}
		catch (WebDriverException ex) {
			// already gone
		}
	}

	public static ChromeDriver start() {
		ensureInstalled();
		try {
			Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
			var options = new ChromeOptions();
			options.setBinary(BROWSER.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-quic", "--no-first-run", "--window-size=1280,900", "--lang=fr-CA",
					"--user-data-dir=" + profile.toAbsolutePath());
			var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
				.usingAnyFreePort()
				.build();
			var driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ZERO);
			return driver;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not prepare a Chromium profile under target/", ex);
		}
	}

	static synchronized void ensureInstalled() {
		if (Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER)) {
			return;
		}
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root && new File("/usr/bin/apt-get").canExecute()) {
			run(List.of("apt-get", "update", "-qq"));
			run(List.of("apt-get", "install", "-y", "-qq", "--no-install-recommends", "chromium", "chromium-driver"));
		}
		if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
			throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver packages "
					+ "(/usr/bin/chromium, /usr/bin/chromedriver): apt-get install chromium chromium-driver");
		}
	}

	private static void run(List<String> command) {
		try {
			var process = new ProcessBuilder(command).inheritIO()
				.redirectErrorStream(true)
				.start();
			process.getOutputStream().close();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(String.join(" ", command) + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
