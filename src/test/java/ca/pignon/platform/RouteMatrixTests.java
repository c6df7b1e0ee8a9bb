package ca.pignon.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import ca.pignon.platform.RouteMatrix.Expectation;
import ca.pignon.platform.RouteMatrix.Route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Deny by default, checked: every handler of the application is in {@code security/route-matrix.csv}, and every row
 * answers each role as the matrix says, for real accounts of each role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RouteMatrixTests {

	/** What the City may still change: its own password and verification (logging out is a filter, not a handler). */
	static final Set<String> CITY_WRITES = Set.of("POST /account/password", "POST /account/verification",
			"POST /account/forgot", "POST /account/password/{secret}");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	final List<Route> matrix = RouteMatrix.load();

	final Map<Caller, PignonUser> users = new EnumMap<>(Caller.class);

	@BeforeEach
	void signInOneAccountOfEachRole() {
		var accounts = new TestAccounts(context);
		for (Caller caller : Caller.values()) {
			caller.role().ifPresent(role -> users.put(caller, accounts.signedIn(role)));
		}
	}

	@Test
	void listsEveryHandlerOfTheApplicationAndNoOther() {
		// given
		Set<String> served = HandlerInventory.of(context).keySet();
		// when
		Set<String> listed = new TreeSet<>(matrix.stream().map(Route::key).toList());
		// then
		assertThat(served).as("handlers missing from route-matrix.csv").isSubsetOf(listed);
		assertThat(listed).as("rows of route-matrix.csv naming no handler").isSubsetOf(served);
		assertThat(matrix).as("rows listed twice").hasSameSizeAs(listed);
	}

	@Test
	void answersEveryRouteAsTheMatrixSaysForEachRole() throws Exception {
		// given
		List<String> mismatches = new ArrayList<>();
		for (Route route : matrix) {
			for (Caller caller : Caller.values()) {
				// when
				var request = as(caller, route.request());
				if (route.isUnsafe()) {
					request.with(csrf());
				}
				// then
				check(route, caller, request, route.expectationFor(caller)).ifPresent(mismatches::add);
			}
		}
		assertThat(mismatches).as("answers that differ from route-matrix.csv").isEmpty();
	}

	@Test
	void refusesEveryUnsafeRouteWithoutAValidCsrfTokenToSignedInPeople() throws Exception {
		// given
		List<String> accepted = new ArrayList<>();
		for (String key : HandlerInventory.of(context).keySet()) {
			Route route = route(key);
			if (!route.isUnsafe()) {
				continue;
			}
			for (Caller caller : signedIn()) {
				// when
				int missing = perform(as(caller, route.request("POST"))).getResponse().getStatus();
				int invalid = perform(as(caller, route.request("POST")).with(csrf().useInvalidToken())).getResponse()
					.getStatus();
				// then
				if (missing != 403 || invalid != 403) {
					accepted.add(key + " as " + caller + ": " + missing + " without a token, " + invalid
							+ " with an invalid one");
				}
			}
		}
		assertThat(accepted).as("unsafe routes that did not refuse a request without a valid CSRF token").isEmpty();
	}

	@Test
	void refusesTheCityEveryUnsafeRouteButItsOwnAccount() throws Exception {
		// given
		List<String> wrong = new ArrayList<>();
		for (String key : HandlerInventory.of(context).keySet()) {
			Route route = route(key);
			if (!route.isUnsafe()) {
				continue;
			}
			Expectation expected = CITY_WRITES.contains(key) ? Expectation.OK : Expectation.DENY;
			// when
			var request = as(Caller.CITY, route.request("POST")).with(csrf());
			// then
			check(route, Caller.CITY, request, expected).ifPresent(wrong::add);
		}
		assertThat(wrong).as("unsafe routes where the read-only City is not refused (or refused its own account)")
			.isEmpty();
	}

	@Test
	void answersAnAddressNoHandlerServesWith404ToEveryone() throws Exception {
		for (Caller caller : Caller.values()) {
			// when
			int status = perform(as(caller, get("/nulle-part"))).getResponse().getStatus();
			// then
			assertThat(status).as(caller.name()).isEqualTo(404);
		}
	}

	@Test
	void letsTheCitySignOut() throws Exception {
		// when
		var result = perform(as(Caller.CITY, post("/logout")).with(csrf()));
		// then
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/?loggedOut");
	}

	/** The matrix row of a handler, or a row that only knows how to call it when the matrix lacks it. */
	private Route route(String key) {
		return matrix.stream().filter(route -> route.key().equals(key)).findFirst().orElseGet(() -> {
			String[] parts = key.split(" ", 3);
			String params = parts.length > 2 ? parts[2].substring(1, parts[2].length() - 1) : "";
			return new Route(parts[0], parts[1], params, Map.of());
		});
	}

	private List<Caller> signedIn() {
		return List.of(Caller.MERCHANT, Caller.ADVISOR, Caller.MANAGER, Caller.CITY, Caller.ADMIN, Caller.PROVIDER);
	}

	private MockHttpServletRequestBuilder as(Caller caller, MockHttpServletRequestBuilder request) {
		return caller == Caller.ANONYMOUS ? request : request.with(user(users.get(caller)));
	}

	private Optional<String> check(Route route, Caller caller, MockHttpServletRequestBuilder request,
			Expectation expected) {
		MvcResult result;
		try {
			result = perform(request);
		}
		catch (Exception ex) {
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
			return Optional.of(route + " as " + caller + ": expected " + expected + ", the handler threw "
					+ cause.getClass().getSimpleName() + " (a 500): " + cause.getMessage());
		}
		var got = Outcome.of(route, result);
		return got.matches(expected) ? Optional.empty()
				: Optional.of(route + " as " + caller + ": expected " + expected + ", got " + got);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn();
	}

	/** What a request met: the handler of its route, the login page, or a refusal. */
	record Outcome(int status, String location, boolean reachedHandler, boolean api) {

		static Outcome of(Route route, MvcResult result) {
			var response = result.getResponse();
			Object pattern = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			boolean reached = result.getHandler() instanceof HandlerMethod && route.path().equals(pattern);
			String location = response.getRedirectedUrl();
			return new Outcome(response.getStatus(), location == null ? "" : location, reached, route.isApi());
		}

		boolean matches(Expectation expected) {
			return switch (expected) {
				case OK -> reachedHandler && status != 401 && status != 403 && status < 500 && !toLogin();
				case LOGIN -> !reachedHandler && (api ? status == 401 : status == 302 && toLogin());
				case DENY -> !reachedHandler && status == 403;
			};
		}

		private boolean toLogin() {
			return !location.isEmpty() && "/login".equals(URI.create(location).getPath());
		}

		@Override
		public String toString() {
			return status + (location.isEmpty() ? "" : " to " + location)
					+ (reachedHandler ? " from the handler" : " before the handler");
		}

	}

}
