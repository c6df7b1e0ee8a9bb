package ca.pignon.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages, driven by its own chromedriver (never Selenium Manager, which would try
 * the network). Missing packages are installed with apt-get when the tests run as root, so that the README's test
 * command needs nothing installed by hand; otherwise the test fails with what to install: it is never skipped.
 */
public final class Chromium {

	static final Path BROWSER = Path.of("/usr/bin/chromium");

	static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
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
