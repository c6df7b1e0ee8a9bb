package ca.pignon.support;

import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

/**
 * The session cookie a response set, for the next MockMvc request: sessions (and so flash attributes) live in
 * PostgreSQL (Spring Session), not in MockMvc's own session. Spring Session names it {@code SESSION} in a mock web
 * environment, where Spring Boot's {@code server.servlet.session.cookie.*} are not applied, and {@code JSESSIONID} on
 * a real server.
 */
public final class SessionCookie {

	private SessionCookie() {
	}

	public static Cookie of(MvcResult result) {
		return Stream.of(result.getResponse().getCookies())
			.filter(cookie -> cookie.getName().equals("SESSION") || cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + result.getResponse().getHeaders("Set-Cookie")));
	}

}
