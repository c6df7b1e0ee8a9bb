package ca.pignon.platform;

import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import ca.pignon.platform.RouteMatrix.Expectation;
import ca.pignon.platform.RouteMatrix.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;

/**
 * What the browser is told to protect people with, on every page of the route matrix, for every role, over real HTTP;
 * and what the server never serves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	/** One browser per caller, signed in over real HTTP: the headers are those a browser receives. */
	final Map<Caller, WebSession> browsers = new EnumMap<>(Caller.class);

	@BeforeEach
	void signInOneAccountOfEachRole() {
		var accounts = new TestAccounts(context);
		for (Caller caller : Caller.values()) {
			var browser = new WebSession(port);
			caller.role().ifPresent(role -> browser.signIn(accounts.create(role), TestAccounts.PASSWORD));
			browsers.put(caller, browser);
		}
	}

	@Test
	void tellsTheBrowserToProtectEveryPage() throws Exception {
		// given
		List<String> unprotected = new ArrayList<>();
		for (Route route : getRoutes()) {
			for (Caller caller : Caller.values()) {
				// when
				var response = browsers.get(caller).get(route.samplePath());
				// then
				List<String> missing = missingProtections(response.headers());
				if (!missing.isEmpty()) {
					unprotected.add(route + " as " + caller + ": " + missing);
				}
			}
		}
		assertThat(unprotected).isEmpty();
	}

	@Test
	void forbidsCachingOfPagesForSignedInPeople() throws Exception {
		// given
		List<String> cacheable = new ArrayList<>();
		for (Route route : getRoutes()) {
			for (Caller caller : Caller.values()) {
				if (caller == Caller.ANONYMOUS || route.expectationFor(caller) != Expectation.OK) {
					continue;
				}
				// when
				String cacheControl = browsers.get(caller)
					.get(route.samplePath())
					.headers()
					.firstValue("Cache-Control")
					.orElse(null);
				// then
				if (cacheControl == null || !cacheControl.contains("no-store")) {
					cacheable.add(route + " as " + caller + ": Cache-Control " + cacheControl);
				}
			}
		}
		assertThat(cacheable).isEmpty();
	}

	@Test
	void refusesTrace() {
		// given
		var browser = new WebSession(port);
		// when
		var response = browser.send("TRACE", "/", "X-Canary", "echo-me-back");
		// then
		assertThat(response.statusCode()).isIn(400, 405);
		assertThat(response.body()).doesNotContain("echo-me-back");
	}

	@Test
	void servesNoActuatorInternals() throws Exception {
		// given
		List<String> internals = List.of("/actuator/env", "/actuator/heapdump", "/actuator/beans",
				"/actuator/configprops", "/actuator/mappings", "/actuator/loggers");
		// when
		var handlers = HandlerInventory.of(context).keySet();
		// then
		for (String path : internals) {
			assertThat(handlers).as("handlers").noneMatch(handler -> handler.contains(path));
			for (Caller caller : List.of(Caller.ANONYMOUS, Caller.ADMIN)) {
				var response = browsers.get(caller).get(path, "Accept", "application/json");
				assertThat(response.statusCode()).as(path + " as " + caller).isNotEqualTo(200);
				assertThat(response.body()).as(path + " as " + caller)
					.doesNotContain("propertySources", "activeProfiles", "\"contexts\"");
			}
		}
	}

	@Test
	void grantsNoOtherOriginAccess() throws Exception {
		// given
		String evil = "https://evil.example";
		// when
		var api = mvc.perform(get("/api/v1/territory/locate").param("latitude", "46.8119")
			.param("longitude", "-71.2052")
			.header("Origin", evil)).andReturn().getResponse();
		var preflight = mvc.perform(options("/api/v1/me").header("Origin", evil)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "Authorization")).andReturn().getResponse();
		var page = browsers.get(Caller.ADMIN).get("/account", "Origin", evil);
		// then
		assertThat(api.getStatus()).isEqualTo(200);
		for (var response : List.of(api, preflight)) {
			assertThat(response.getHeaderNames()).noneMatch(name -> name.startsWith("Access-Control-Allow"));
		}
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().map().keySet()).noneMatch(name -> name.startsWith("access-control-allow"));
	}

	private List<Route> getRoutes() {
		return RouteMatrix.load().stream().filter(route -> route.method().equals("GET")).toList();
	}

	private static List<String> missingProtections(HttpHeaders headers) {
		List<String> missing = new ArrayList<>();
		Map<String, String> csp = directives(headers.firstValue("Content-Security-Policy").orElse(null));
		String scriptSrc = csp.getOrDefault("script-src", csp.get("default-src"));
		if (scriptSrc == null || scriptSrc.contains("'unsafe-inline'") || scriptSrc.contains("'unsafe-eval'")) {
			missing.add("script-src without unsafe-inline (" + scriptSrc + ")");
		}
		for (String directive : List.of("object-src", "base-uri", "frame-ancestors")) {
			if (!"'none'".equals(csp.get(directive))) {
				missing.add(directive + " 'none' (" + csp.get(directive) + ")");
			}
		}
		if (!headers.firstValue("X-Content-Type-Options").equals(Optional.of("nosniff"))) {
			missing.add("X-Content-Type-Options: nosniff");
		}
		if (headers.firstValue("Referrer-Policy").isEmpty()) {
			missing.add("Referrer-Policy");
		}
		if (!headers.firstValue("X-Frame-Options").equals(Optional.of("DENY"))) {
			missing.add("X-Frame-Options: DENY");
		}
		return missing;
	}

	private static Map<String, String> directives(String policy) {
		if (policy == null) {
			return Map.of();
		}
		return Arrays.stream(policy.split(";"))
			.map(String::strip)
			.filter(directive -> !directive.isEmpty())
			.map(directive -> directive.split("\\s+", 2))
			.collect(Collectors.toMap(parts -> parts[0], parts -> parts.length > 1 ? parts[1] : "", (a, b) -> a));
	}

}
