package ca.pignon.webaudit.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP answer as read, its body cut at the size limit.
 *
 * @param headers names in lower case
 * @param truncated the body was larger than the limit, and reading stopped there
 * @param declaredLength the Content-Length the server announced (of the bytes sent, compressed or not), or -1
 * @param transferred the bytes that came over the wire (compressed, when the server compressed), not the body's
 */
record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean truncated, long declaredLength,
		long transferred) {

	/** An answer sent as is: its body is what came over the wire. */
	Answer(int status, Map<String, List<String>> headers, byte[] body, boolean truncated, long declaredLength) {
		this(status, headers, body, truncated, declaredLength, body.length);
	}

	Optional<String> header(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
	}

	List<String> headers(String name) {
		return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
	}

	boolean isRedirect() {
		return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)
				&& header("location").isPresent();
	}

	boolean isOk() {
		return status >= 200 && status < 300;
	}

	/** The body as text (robots.txt): in the header's charset, else UTF-8; HTML pages are read by {@link HtmlReading}. */
	String text() {
		Charset charset = HtmlReading.headerCharset(this).orElse(StandardCharsets.UTF_8);
		String text = new String(body, charset);
		return text.startsWith("\ufeff") ? text.substring(1) : text;
	}

	/** Bytes the answer weighs on a phone's connection: what the server announced, or what came over the wire. */
	long weight() {
		return Math.max(declaredLength, transferred);
	}

}
