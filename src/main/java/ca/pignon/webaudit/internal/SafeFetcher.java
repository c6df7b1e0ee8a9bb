package ca.pignon.webaudit.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.SSLException;

import ca.pignon.webaudit.WebAuditRefused;

/**
 * Fetches an address by the rules: every hop vetted by the {@link AddressGuard} before its request (its shape, its
 * port, and every address its name resolves to, looked up once for that request), redirects capped
 * and loops detected, every read bounded by the audit's deadline.
 */
final class SafeFetcher {

	private final AddressGuard guard;

	private final HttpFetch http;

	private final WebAuditSettings settings;

	SafeFetcher(AddressGuard guard, HttpFetch http, WebAuditSettings settings) {
		this.guard = guard;
		this.http = http;
		this.settings = settings;
	}

	Fetched get(URI uri, Deadline deadline) {
		return fetch(uri, "GET", deadline, true);
	}

	Fetched head(URI uri, Deadline deadline) {
		Fetched head = fetch(uri, "HEAD", deadline, true);
		// some servers refuse HEAD: ask as a browser would
		return head.status() == 405 || head.status() == 501 ? get(uri, deadline) : head;
	}

	/** One request, its redirect not followed. */
	Fetched once(URI uri, Deadline deadline) {
		return fetch(uri, "GET", deadline, false);
	}

	private Fetched fetch(URI start, String method, Deadline deadline, boolean follow) {
		List<URI> visited = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		URI uri = start;
		while (true) {
			if (deadline.passed()) {
				return failed(start, uri, visited, Fetched.Failure.OUT_OF_TIME, null);
			}
			Answer answer;
			try {
				// before every request and every redirect: the address's shape and port, then the name resolved once
				// and every address it resolves to vetted; the client connects to one of those (or reuses a connection
				// opened to one of them), never to an address it looked up itself
				answer = http.exchange(uri, method, deadline, guard.vet(uri));
			}
			catch (WebAuditRefused ex) {
				return failed(start, uri, visited, Fetched.Failure.REFUSED, ex.messageKey());
			}
			catch (GuardedDns.Refused ex) {
				return failed(start, uri, visited, Fetched.Failure.REFUSED, ex.refusal().messageKey());
			}
			catch (UnknownHostException ex) {
				return failed(start, uri, visited, Fetched.Failure.UNKNOWN_HOST, null);
			}
			catch (InterruptedIOException ex) {
				// socket and connect timeouts, and a request the deadline's watchdog cancelled
				return failed(start, uri, visited, Fetched.Failure.TIMEOUT, null);
			}
			catch (SSLException ex) {
				return failed(start, uri, visited, Fetched.Failure.TLS, null);
			}
			catch (java.net.SocketException ex) {
				return failed(start, uri, visited,
						deadline.passed() ? Fetched.Failure.TIMEOUT : Fetched.Failure.CONNECTION_FAILED, null);
			}
			catch (IOException ex) {
				return failed(start, uri, visited,
						deadline.passed() ? Fetched.Failure.TIMEOUT : Fetched.Failure.BAD_ANSWER, null);
			}
			if (!follow || !answer.isRedirect()) {
				return new Fetched(start, uri, visited, answer, null, null);
			}
			seen.add(uri.toString());
			visited.add(uri);
			URI next;
			try {
				next = uri.resolve(answer.header("location").orElseThrow().strip()).normalize();
			}
			catch (IllegalArgumentException ex) {
				return failed(start, uri, visited, Fetched.Failure.BAD_ANSWER, null);
			}
			if (seen.contains(next.toString())) {
				return failed(start, next, visited, Fetched.Failure.REDIRECT_LOOP, null);
			}
			if (visited.size() > settings.maxRedirects()) {
				return failed(start, next, visited, Fetched.Failure.TOO_MANY_REDIRECTS, null);
			}
			uri = next;
		}
	}

	private static Fetched failed(URI start, URI at, List<URI> visited, Fetched.Failure failure,
			@org.jspecify.annotations.Nullable String refusal) {
		return new Fetched(start, at, List.copyOf(visited), null, failure, refusal);
	}

}
