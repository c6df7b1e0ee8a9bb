package ca.pignon.platform;

import java.net.URI;

/**
 * Pignon's own problem types (RFC 9457), documented in docs/api.md. A problem that carries members of its own (the
 * parameter refused, every reason of a refusal) says which type it is, so that no extension member sits under
 * {@code about:blank}; a plain HTTP status (401, 403, 404, 405, 406, 415…) stays {@code about:blank}. The URIs are
 * references relative to the server, the same on every installation; they identify, they are not pages.
 */
public final class ProblemTypes {

	/** A request parameter (or body member) is missing or invalid: {@code parameter} names it. */
	public static final URI INVALID_PARAMETER = URI.create("/api/v1/problems/invalid-parameter");

	/** The body is not JSON, or not of the expected shape. */
	public static final URI UNREADABLE_BODY = URI.create("/api/v1/problems/unreadable-body");

	/** A module refused the request ({@code Refused}): {@code problems} lists every reason, with its field. */
	public static final URI REFUSED = URI.create("/api/v1/problems/refused");

	/** The web audit refused the address, or is full: {@code reason} says which. */
	public static final URI WEB_AUDIT_REFUSED = URI.create("/api/v1/problems/web-audit-refused");

	/** A request with a session cookie came without its CSRF token. */
	public static final URI CSRF = URI.create("/api/v1/problems/csrf");

	private ProblemTypes() {
	}

}
