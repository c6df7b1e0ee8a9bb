package ca.pignon.webaudit.internal;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of fetching an address, redirects followed: the answer, or why there is none.
 *
 * @param redirects every address visited before the final one
 * @param refusal the message key of the address rule a redirect broke, when failure is REFUSED
 */
record Fetched(URI requested, URI finalUri, List<URI> redirects, @Nullable Answer answer, @Nullable Failure failure,
		@Nullable String refusal) {

	enum Failure {

		UNKNOWN_HOST, CONNECTION_FAILED, TIMEOUT, TLS, TOO_MANY_REDIRECTS, REDIRECT_LOOP, REFUSED, BAD_ANSWER,
		OUT_OF_TIME

	}

	boolean ok() {
		return answer != null && answer.isOk();
	}

	int status() {
		return answer == null ? 0 : answer.status();
	}

	String describe() {
		return answer != null ? String.valueOf(answer.status()) : String.valueOf(failure);
	}

}
