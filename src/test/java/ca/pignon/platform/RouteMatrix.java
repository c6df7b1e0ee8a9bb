package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * {@code security/route-matrix.csv}: every endpoint with what each caller should get.
 */
final class RouteMatrix {

	enum Expectation {

		OK, LOGIN, DENY;

		static Expectation of(String text) {
			return valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
		}

	}

	record Route(String method, String path, String params, Map<Caller, Expectation> expectations) {

		private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

		private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

		/** The handler's identity, as {@link HandlerInventory} writes it. */
		String key() {
			return HandlerInventory.key(method, path, params);
		}

		boolean isApi() {
			return path.startsWith("/api/");
		}

		/** A handler that takes any method is unsafe too: it answers POST. */
		boolean isUnsafe() {
			return !SAFE_METHODS.contains(method);
		}

		Expectation expectationFor(Caller caller) {
			return expectations.get(caller);
		}

		MockHttpServletRequestBuilder request() {
			return request(method.equals("*") ? "GET" : method);
		}

		MockHttpServletRequestBuilder request(String httpMethod) {
			var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(httpMethod), samplePath());
			if (!params.isEmpty() && !params.startsWith("!")) {
				request.param(params, "");
			}
			return request;
		}

		/** The path with plausible values in its variables. */
		String samplePath() {
			Matcher variables = VARIABLE.matcher(path.replace("/**", "/liveness"));
			var sample = new StringBuilder();
			while (variables.find()) {
				variables.appendReplacement(sample, sampleValue(variables.group(1)));
			}
			variables.appendTail(sample);
			return sample.toString();
		}

		private static String sampleValue(String variable) {
			return switch (variable) {
				case "id", "application", "meeting", "account", "request", "interest", "job" -> UUID.randomUUID().toString();
				case "version" -> "1";
				case "slug" -> "business";
				case "dimension" -> "website";
				case "key" -> "no-such-action";
				case "secret" -> "no-such-secret-" + UUID.randomUUID();
				case "token" -> "no-such-token-" + UUID.randomUUID();
				case "link" -> "no-such-link-" + UUID.randomUUID();
				case "event" -> "no-such-event";
				case "year" -> "2027";
				default -> throw new IllegalStateException(
						"No sample value for path variable {" + variable + "}: add one to RouteMatrix");
			};
		}

		@Override
		public String toString() {
			return key();
		}

	}

	private RouteMatrix() {
	}

	static List<Route> load() {
		try (var in = new ClassPathResource("security/route-matrix.csv").getInputStream()) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			String[] header = lines.get(0).split(",", -1);
			List<Route> routes = new ArrayList<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] cells = line.split(",", -1);
				if (cells.length != header.length) {
					throw new IllegalStateException("route-matrix.csv: wrong number of cells in " + line);
				}
				Map<Caller, Expectation> expectations = new EnumMap<>(Caller.class);
				for (int column = 3; column < header.length; column++) {
					expectations.put(Caller.valueOf(header[column]), Expectation.of(cells[column]));
				}
				if (expectations.size() != Caller.values().length) {
					throw new IllegalStateException("route-matrix.csv: a column per caller is needed");
				}
				routes.add(new Route(cells[0], cells[1], cells[2], expectations));
			}
			return routes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
