package ca.pignon.webaudit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers compressed as most servers send them: read inflated, weighed as sent, and a bomb cut at the size cap.
 */
class CompressedAnswersTests {

	private static final String PAGE = "<html lang=\"fr\"><head><title>Quincaillerie Côté et fils, Limoilou</title></head><body>"
			+ "<p>Outils, peinture et quincaillerie depuis 1962.</p>\n".repeat(4000) + "</body></html>";

	@Test
	void readsAGzippedPageAndWeighsWhatCameOverTheWire() throws IOException {
		byte[] plain = PAGE.getBytes(StandardCharsets.UTF_8);
		byte[] gzipped = gzip(plain);
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, gzipped.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(gzipped);
			}
		})) {
			// when
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()));
			// then
			assertThat(findings.get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
			long pageKilobytes = Long.parseLong(findings.get(CheckIds.PAGE_WEIGHT).arguments().get(1));
			assertThat(pageKilobytes).as("the gzipped bytes, not the %d inflated ones", plain.length)
				.isEqualTo(Math.round(gzipped.length / 1000.0));
		}
	}

	@Test
	void readsADeflatedPage() throws IOException {
		ByteArrayOutputStream deflated = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
			out.write(PAGE.getBytes(StandardCharsets.UTF_8));
		}
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().set("Content-Encoding", "deflate");
			exchange.sendResponseHeaders(200, deflated.size());
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(deflated.toByteArray());
			}
		})) {
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()));
			assertThat(findings.get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
		}
	}

	@Test
	void stopsInflatingABombAtTheSizeCap() throws IOException {
		// given: 50 KB that inflate to 50 MB
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bomb)) {
			out.write("<html><head><title>Boulangerie du Faubourg, Québec</title></head><body>".getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 50; i++) {
				out.write(spaces);
			}
		}
		assertThat(bomb.size()).isLessThan(100_000);
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			exchange.sendResponseHeaders(200, bomb.size());
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bomb.toByteArray());
			}
		})) {
			// when
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()));
			// then
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).evidenceKey()).isEqualTo("webaudit.evidence.pageWeight.truncated");
			assertThat(findings.get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
		}
	}

	private static byte[] gzip(byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		return out.toByteArray();
	}

}
