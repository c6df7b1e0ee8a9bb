package ca.pignon.webaudit.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's characters read from its bytes: byte order mark, then {@code <meta charset>} or http-equiv, then the
 * header.
 */
class HtmlReadingTests {

	private static final Charset LATIN_1 = StandardCharsets.ISO_8859_1;

	@Test
	void aMetaCharsetWinsOverTheHostsHeader() {
		byte[] page = "<html><head><meta charset=\"iso-8859-1\"><title>Côté Jardin</title></head></html>".getBytes(LATIN_1);
		assertThat(title(page, "text/html; charset=utf-8")).isEqualTo("Côté Jardin");
	}

	@Test
	void anHttpEquivDeclarationCountsAsMuch() {
		byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
				+ "<title>Café – l’Épicerie</title></head></html>")
			.getBytes(Charset.forName("windows-1252"));
		assertThat(title(page, "text/html; charset=utf-8")).isEqualTo("Café – l’Épicerie");
	}

	@Test
	void aByteOrderMarkWinsOverEverything() {
		byte[] text = "<html><head><meta charset=\"iso-8859-1\"><title>Crème brûlée</title></head></html>"
			.getBytes(StandardCharsets.UTF_8);
		byte[] page = new byte[text.length + 3];
		page[0] = (byte) 0xef;
		page[1] = (byte) 0xbb;
		page[2] = (byte) 0xbf;
		System.arraycopy(text, 0, page, 3, text.length);
		assertThat(title(page, "text/html; charset=iso-8859-1")).isEqualTo("Crème brûlée");
	}

	@Test
	void theHeaderDecidesWhenThePageSaysNothingAndUtf8WhenNothingDoes() {
		byte[] latin = "<html><head><title>Boulangerie Côté</title></head></html>".getBytes(LATIN_1);
		assertThat(title(latin, "text/html; charset=ISO-8859-1")).isEqualTo("Boulangerie Côté");
		byte[] utf8 = "<html><head><title>Boulangerie Côté</title></head></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(title(utf8, "text/html")).isEqualTo("Boulangerie Côté");
		assertThat(title(utf8, "text/html; charset=klingon-8")).isEqualTo("Boulangerie Côté");
	}

	private static String title(byte[] page, String contentType) {
		Answer answer = new Answer(200, Map.of("content-type", List.of(contentType)), page, false, page.length);
		return HtmlReading.parse(answer, "https://boulangerie.ca/").title();
	}

}
