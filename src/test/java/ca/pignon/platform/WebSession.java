package ca.pignon.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;

/**
 * A browser, as far as the server can tell: real HTTP to the running server, cookies kept between requests, the CSRF
 * token taken from the pages, redirects not followed so that tests see them.
 */
final class WebSession {

	private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	WebSession(int port) {
		this.base = "http://localhost:" + port;
	}

	HttpResponse<String> get(String path, String... headers) {
		return sent(builder(path, headers).GET());
	}

	/** Posts a form with the session's CSRF token, as the pages do. */
	HttpResponse<String> post(String path, Map<String, String> form) {
		var withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrfToken());
		return postWithoutToken(path, withToken);
	}

	HttpResponse<String> postWithoutToken(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return sent(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	HttpResponse<String> send(String method, String path, String... headers) {
		return sent(builder(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	/** @return where the login sent the person */
	String signIn(String email, String password) {
		return post("/login", Map.of("username", email, "password", password)).headers()
			.firstValue("Location")
			.map(location -> URI.create(location).getPath() + query(location))
			.orElse("");
	}

	HttpResponse<String> signOut() {
		return post("/logout", Map.of());
	}

	String csrfToken() {
		var page = Jsoup.parse(get("/login").body());
		return page.selectFirst("meta[name=_csrf]").attr("content");
	}

	String cookie(String name) {
		return cookies.get(name);
	}

	void setCookie(String name, String value) {
		cookies.put(name, value);
	}

	private HttpRequest.Builder builder(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			builder.setHeader(headers[i], headers[i + 1]);
		}
		if (!cookies.isEmpty()) {
			builder.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		return builder;
	}

	/** Sends any request (a body the other methods cannot build), with the session's cookies. */
	HttpResponse<String> send(HttpRequest.Builder request) {
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies.entrySet()
				.stream()
				.map(cookie -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		return sent(request);
	}

	private HttpResponse<String> sent(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			for (String header : response.headers().allValues("Set-Cookie")) {
				for (HttpCookie cookie : HttpCookie.parse(header)) {
					if (cookie.getMaxAge() == 0) {
						cookies.remove(cookie.getName());
					}
					else {
						cookies.put(cookie.getName(), cookie.getValue());
					}
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String query(String location) {
		String query = URI.create(location).getRawQuery();
		return query == null ? "" : "?" + query;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
