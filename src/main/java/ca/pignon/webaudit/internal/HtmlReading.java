package ca.pignon.webaudit.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a page's bytes in the character set the page itself gives: a byte order mark first, then
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} (jsoup's detection, which re-reads the page once
 * it finds one), and only when the page declares nothing, the charset of the Content-Type header; UTF-8 when nothing
 * says anything. A Latin-1 page served with the header of a UTF-8 host then reads "Côté", not "C�t�".
 */
final class HtmlReading {

	private HtmlReading() {
	}

	static Document parse(Answer answer, String baseUri) {
		byte[] body = answer.body();
		Optional<Charset> header = headerCharset(answer);
		try {
			Document sniffed = Jsoup.parse(new ByteArrayInputStream(body), null, baseUri);
			if (hasByteOrderMark(body) || declaresCharset(sniffed) || header.isEmpty()) {
				return sniffed;
			}
			return Jsoup.parse(new ByteArrayInputStream(body), header.get().name(), baseUri);
		}
		catch (IOException ex) {
			// reading bytes already in memory: only a charset the JDK cannot decode gets here
			throw new UncheckedIOException(ex);
		}
	}

	/** The charset named by the Content-Type header, when the JDK knows it. */
	static Optional<Charset> headerCharset(Answer answer) {
		String type = answer.header("content-type").orElse("").toLowerCase(Locale.ROOT);
		int at = type.indexOf("charset=");
		if (at < 0) {
			return Optional.empty();
		}
		String name = type.substring(at + 8).replace("\"", "").replace("'", "").split("[;\\s,]")[0];
		try {
			return Optional.of(Charset.forName(name));
		}
		catch (RuntimeException ex) {
			// an unknown or malformed name: as if none were given
			return Optional.empty();
		}
	}

	private static boolean declaresCharset(Document document) {
		return !document.select("meta[charset]").isEmpty() || document.select("meta[http-equiv][content]")
			.stream()
			.anyMatch(meta -> meta.attr("http-equiv").equalsIgnoreCase("content-type")
					&& meta.attr("content").toLowerCase(Locale.ROOT).contains("charset="));
	}

	static boolean hasByteOrderMark(byte[] body) {
		return (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf)
				|| (body.length >= 2 && (((body[0] & 0xff) == 0xfe && (body[1] & 0xff) == 0xff)
						|| ((body[0] & 0xff) == 0xff && (body[1] & 0xff) == 0xfe)));
	}

}
