package ca.pignon.platform;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.bean.override.convention.TestBean;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.dossier.AccompaniedMerchant;
import ca.pignon.followup.FollowupFixture;
import ca.pignon.followup.TestClock;
import ca.pignon.intake.ApplicationFixture;
import ca.pignon.plan.PlanManagement;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.providers.BriefManagement;
import ca.pignon.providers.ProviderAction;
import ca.pignon.support.Chromium;
import ca.pignon.support.HtmlConformance;
import ca.pignon.support.Pages;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the route matrix a merchant may open, visited in a real browser on a 360 × 740 phone screen as a
 * merchant who went through the whole program (so that the pages hold what they hold in real life: long links, a
 * plan of many actions, a brief, value work), each {@code <details>} opened: none may scroll sideways, and none may
 * hold an error of the Nu HTML Checker.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "pignon.webaudit.allowed-hosts=127.0.0.1:*", "spring.mail.host=127.0.0.1",
				"spring.mail.port=3599" })
class MerchantPagesOnAPhoneTests {

	static final Locale FRENCH = Locale.CANADA_FRENCH;

	/** Not pages: files, feeds and the API. */
	static final List<String> NOT_PAGES = List.of(".pdf", ".ics", ".svg", "/archive", "/uploads/", "/api/", "/actuator",
			"/followup/calendar/");

	/** Parts of pages that htmx swaps in, not documents: the Nu HTML Checker does not read them. */
	static final List<String> FRAGMENTS = List.of("/intake/my/sectors");

	@TestBean
	Clock clock;

	static Clock clock() {
		return TestClock.INSTANCE;
	}

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	static ChromeDriver browser;

	static FixtureSite site;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.shared();
		site = FixtureSite.http("bare");
	}

	@AfterAll
	static void stop() {
		site.close();
	}

	@Test
	void noMerchantPageScrollsSidewaysAt360Pixels() {
		var fixture = new FollowupFixture(context);
		AccompaniedMerchant merchant = AccompaniedMerchant.throughTheProgram(fixture, context, site);
		Map<String, String> real = realValues(merchant);
		Dimension before = browser.manage().window().getSize();
		try {
			Pages.signIn(browser, port, merchant.application.email(), ApplicationFixture.PASSWORD);
			browser.manage().window().setSize(new Dimension(360, 740));
			List<String> visited = new ArrayList<>();
			List<String> overflowing = new ArrayList<>();
			List<String> invalid = new ArrayList<>();
			for (RouteMatrix.Route route : RouteMatrix.load()) {
				if (!route.method().equals("GET") || route.expectationFor(Caller.MERCHANT) != RouteMatrix.Expectation.OK
						|| NOT_PAGES.stream().anyMatch(route.path()::contains)) {
					continue;
				}
				String path = pathFor(route, real);
				browser.get("http://localhost:" + port + path);
				long overflow = overflow();
				visited.add(path);
				List<String> errors = FRAGMENTS.contains(route.path()) ? List.of()
						: HtmlConformance.errors("<!DOCTYPE html>\n" + browser.getPageSource());
				if (!errors.isEmpty()) {
					invalid.add(path + ": " + errors);
				}
				if (overflow > 0) {
					overflowing.add(path + " (" + overflow + " px wider, at " + browser.getCurrentUrl() + ", because of "
							+ widest() + ")");
				}
			}
			assertThat(visited).as("merchant pages visited").hasSizeGreaterThan(20);
			assertThat(overflowing).as("pages scrolling sideways at 360 px").isEmpty();
			assertThat(invalid).as("pages with Nu HTML Checker errors").isEmpty();
		}
		finally {
			browser.manage().window().setSize(before);
			browser.get("http://localhost:" + port + "/"); // the last route visited may be a file, without the menu
			Pages.signOut(browser);
		}
	}

	/** How much wider than the screen the page (or a table in its scrolling box) is, every {@code <details>} open. */
	private long overflow() {
		Object width = ((JavascriptExecutor) browser).executeScript("""
				document.querySelectorAll('details').forEach(d => d.open = true);
				const page = document.documentElement.scrollWidth - document.documentElement.clientWidth;
				// a table in its own scrolling box hides its last columns on a phone: that counts too
				const hidden = [...document.querySelectorAll('.table-scroll')]
				  .map(box => box.scrollWidth - box.clientWidth);
				return Math.max(page, ...hidden);""");
		return ((Number) width).longValue();
	}

	/** The innermost elements that reach past the screen's right edge, to say what to fix. */
	private Object widest() {
		return ((JavascriptExecutor) browser).executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > width + 1)
				  .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
				  .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) {
				      if (getComputedStyle(p).overflowX !== 'visible') return false; } return true; })
				  .slice(0, 3)
				  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "'
				    + (e.textContent || '').trim().slice(0, 40) + '"');""");
	}

	/** The merchant's own ids where a path names one, so that the real page shows, not its 404. */
	private Map<String, String> realValues(AccompaniedMerchant merchant) {
		var id = merchant.application.id();
		DiagnosticSummary t0 = context.getBean(DiagnosticManagement.class)
			.diagnosticsOf(id)
			.stream()
			.filter(d -> d.kind() == DiagnosticKind.T0)
			.findFirst()
			.orElseThrow();
		String brief = context.getBean(BriefManagement.class)
			.providerActions(id, FRENCH)
			.stream()
			.map(ProviderAction::brief)
			.filter(b -> b != null)
			.findFirst()
			.orElseThrow()
			.value()
			.toString();
		String task = context.getBean(ProgressManagement.class).planOf(id, FRENCH).orElseThrow().done().get(0).key();
		return Map.of("/diagnostic/{id}", t0.id().value().toString(), "{dimension}", "website", "/providers/briefs/{id}",
				brief, "{key}", task, "/plan/{id}",
				context.getBean(PlanManagement.class).planOf(id).orElseThrow().id().value().toString(), "{application}",
				id.value().toString());
	}

	private static String pathFor(RouteMatrix.Route route, Map<String, String> real) {
		String path = route.path();
		for (var value : real.entrySet()) {
			if (value.getKey().startsWith("/") && path.startsWith(value.getKey())) {
				path = path.replace(value.getKey(), value.getKey().replace("{id}", value.getValue()));
			}
			else if (!value.getKey().startsWith("/")) {
				path = path.replace(value.getKey(), value.getValue());
			}
		}
		if (path.contains("{")) {
			// a page that is not the merchant's (a provider's application, a secret link): its refusal page
			path = new RouteMatrix.Route(route.method(), path, route.params(), route.expectations()).samplePath();
		}
		return path;
	}

}
