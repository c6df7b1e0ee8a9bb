package ca.pignon.webaudit.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounds of an audit hold against slow, huge, looping and absent sites: the audit completes, says what happened,
 * and stops reading or waiting where the settings say.
 */
class LimitsTests {

	static final WebAuditSettings QUICK = WebAuditSettings.defaults()
		.allowing("127.0.0.1:*")
		.withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));

	@Test
	void givesUpOnASiteThatDoesNotAnswerWithinTheRequestTimeout() {
		// given: a home page that takes 20 s
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> sleep(20_000))) {
			long started = System.nanoTime();
			// when
			var outcome = Audits.with(QUICK).audit(site.url("/"), AuditSubject.none());
			// then
			long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
			assertThat(seconds).as("the 1 s request timeout, not the site's 20 s").isLessThan(5);
			var reachable = Audits.byId(outcome).get(CheckIds.REACHABLE);
			assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.TIMEOUT");
			assertThat(Audits.statuses(outcome).values()).containsOnly(CheckStatus.FAIL, CheckStatus.NOT_APPLICABLE);
		}
	}

	@Test
	void givesUpOnASiteThatTricklesItsPageByteAfterByte() {
		// given: headers at once, then one byte every 200 ms: each read is quick, the whole never ends
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			for (int i = 0; i < 200; i++) {
				out.write(' ');
				out.flush();
				sleep(200);
			}
		})) {
			long started = System.nanoTime();
			// when
			var reachable = Audits.byId(Audits.with(QUICK).audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.REACHABLE);
			// then
			assertThat(Duration.ofNanos(System.nanoTime() - started).toSeconds()).isLessThan(5);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.TIMEOUT");
		}
	}

	@Test
	void stopsReadingAHugePageAtTheSizeCapAndFailsItsWeight() {
		// given: a 12 MB home page, its title first
		AtomicLong sent = new AtomicLong();
		try (FixtureSite site = FixtureSite.http("bare").route("/", exchange -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write("<html lang=\"fr\"><head><title>Épicerie fine Rochon – produits du terroir</title></head><body>"
				.getBytes(StandardCharsets.UTF_8));
			byte[] paragraph = "<p>Fromages, charcuteries et conserves de la région.</p>\n".repeat(1000)
				.getBytes(StandardCharsets.UTF_8);
			for (int i = 0; i < 12_000_000 / paragraph.length; i++) {
				out.write(paragraph);
				sent.addAndGet(paragraph.length);
			}
		})) {
			// when
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()));
			// then
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).evidenceKey())
				.isEqualTo("webaudit.evidence.pageWeight.truncated");
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).arguments()).containsExactly("2097");
			assertThat(findings.get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
			assertThat(sent.get()).as("the site could not push its 12 MB").isLessThan(12_000_000);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "until the connection closes", "in chunks" })
	void cutsAnEndlessPageAtTheSizeCapAtOnceAndSaysItIsTooBig(String framing) throws Exception {
		// given: a home page that never ends, its title first; the request timeout (10 s) far longer than the reading
		try (EndlessSite site = new EndlessSite(framing.equals("in chunks"), false)) {
			long started = System.nanoTime();
			// when
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url(), AuditSubject.none()));
			// then
			long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
			assertThat(millis).as("cut at the cap, not read on until the 10 s request timeout").isLessThan(5_000);
			assertThat(findings.get(CheckIds.REACHABLE).status()).isEqualTo(CheckStatus.PASS);
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).evidenceKey())
				.isEqualTo("webaudit.evidence.pageWeight.truncated");
			assertThat(findings.get(CheckIds.PAGE_WEIGHT).arguments()).containsExactly("2097");
			assertThat(findings.get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
			assertThat(site.stopped().await(5, TimeUnit.SECONDS)).as("the audit closed the connection").isTrue();
			assertThat(site.sent()).as("the site could not push much past the 2 MB cap").isLessThan(64L << 20);
		}
	}

	@Test
	@org.junit.jupiter.api.Timeout(30)
	void dropsAnEndlessAnswerThatIsNotTheGzipItClaimsAtOnce() throws Exception {
		// given: an endless page sent as "gzip" that is not gzip: the answer is broken from its first bytes
		try (EndlessSite site = new EndlessSite(true, true)) {
			long started = System.nanoTime();
			// when
			var reachable = Audits.byId(Audits.allowingLoopback().audit(site.url(), AuditSubject.none()))
				.get(CheckIds.REACHABLE);
			// then: the connection is closed, not read on to find the end of what is left
			assertThat(Duration.ofNanos(System.nanoTime() - started).toMillis()).isLessThan(5_000);
			assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.BAD_ANSWER");
			assertThat(site.stopped().await(5, TimeUnit.SECONDS)).as("the audit closed the connection").isTrue();
		}
	}

	/**
	 * A raw loopback server whose home page never ends (sent until the connection closes, or in endless chunks);
	 * every other address answers 404.
	 */
	private static final class EndlessSite implements AutoCloseable {

		private final ServerSocket server;

		private final boolean chunked;

		private final boolean falseGzip;

		private final AtomicLong sent = new AtomicLong();

		private final CountDownLatch stopped = new CountDownLatch(1);

		EndlessSite(boolean chunked, boolean falseGzip) throws IOException {
			this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.chunked = chunked;
			this.falseGzip = falseGzip;
			Thread acceptor = new Thread(this::accept, "endless-site");
			acceptor.setDaemon(true);
			acceptor.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getLocalPort() + "/";
		}

		long sent() {
			return sent.get();
		}

		CountDownLatch stopped() {
			return stopped;
		}

		private void accept() {
			while (!server.isClosed()) {
				try {
					Socket socket = server.accept();
					Thread connection = new Thread(() -> serve(socket), "endless-site-connection");
					connection.setDaemon(true);
					connection.start();
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		private void serve(Socket socket) {
			try (socket) {
				BufferedReader in = new BufferedReader(
						new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
				String requestLine = in.readLine();
				for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
					// headers: not needed
				}
				OutputStream out = socket.getOutputStream();
				if (requestLine == null || !requestLine.startsWith("GET / ")) {
					out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
						.getBytes(StandardCharsets.ISO_8859_1));
					return;
				}
				out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
						+ (falseGzip ? "Content-Encoding: gzip\r\n" : "")
						+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Connection: close\r\n") + "\r\n")
					.getBytes(StandardCharsets.ISO_8859_1));
				byte[] start = "<html lang=\"fr\"><head><title>Épicerie fine Rochon – produits du terroir</title></head><body>"
					.getBytes(StandardCharsets.UTF_8);
				byte[] paragraph = "<p>Fromages, charcuteries et conserves de la région.</p>\n".repeat(100)
					.getBytes(StandardCharsets.UTF_8);
				write(out, start);
				while (true) {
					write(out, paragraph);
				}
			}
			catch (IOException ex) {
				// the client closed the connection
				stopped.countDown();
			}
		}

		private void write(OutputStream out, byte[] bytes) throws IOException {
			if (chunked) {
				out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
				out.write(bytes);
				out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			else {
				out.write(bytes);
			}
			sent.addAndGet(bytes.length);
		}

		@Override
		public void close() throws IOException {
			server.close();
		}

	}

	@Test
	void detectsARedirectLoop() {
		// given
		try (FixtureSite site = FixtureSite.http("bare")) {
			site.redirect("/", site.url("/accueil")).redirect("/accueil", site.url("/"));
			// when
			var reachable = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.REACHABLE);
			// then
			assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.REDIRECT_LOOP");
			assertThat(site.requests()).hasSize(2);
		}
	}

	@Test
	void followsFiveRedirectsAtMost() {
		// given: /r/0 → /r/1 → … → /r/9
		try (FixtureSite site = FixtureSite.http("bare")) {
			site.redirect("/", site.url("/r/0"));
			for (int i = 0; i < 10; i++) {
				site.redirect("/r/" + i, site.url("/r/" + (i + 1)));
			}
			// when
			var reachable = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.REACHABLE);
			// then
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.TOO_MANY_REDIRECTS");
			assertThat(site.requests()).hasSize(6);
		}
	}

	@Test
	void completesTheAuditOfASiteNothingAnswersWithReachableFailed() throws Exception {
		// given: a port nobody listens on
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		// when
		var outcome = Audits.allowingLoopback().audit("http://127.0.0.1:" + closed + "/", AuditSubject.none());
		// then
		var findings = Audits.byId(outcome);
		assertThat(findings.get(CheckIds.REACHABLE).evidenceKey())
			.isEqualTo("webaudit.evidence.reachable.CONNECTION_FAILED");
		assertThat(findings.values()).filteredOn(finding -> !finding.id().equals(CheckIds.REACHABLE))
			.hasSize(20)
			.allSatisfy(finding -> assertThat(finding.status()).isEqualTo(CheckStatus.NOT_APPLICABLE));
	}

	@Test
	void readsAtMostFivePagesAndChecksAtMostTenMoreLinks() {
		// given: a home page with 30 internal links
		StringBuilder links = new StringBuilder();
		for (int i = 0; i < 30; i++) {
			links.append("<a href=\"/page-").append(i).append("\">Page ").append(i).append("</a>");
		}
		try (FixtureSite site = FixtureSite.http("bare").html("/", "<html><body>" + links + "</body></html>")) {
			// when
			Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none());
			// then
			assertThat(site.requests()).filteredOn(request -> request.path().startsWith("/page-"))
				.hasSize(15)
				.filteredOn(request -> request.method().equals("GET"))
				.hasSize(5);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
