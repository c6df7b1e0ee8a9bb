package ca.pignon.webaudit.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpHead;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.DeflateInputStream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP request with Apache HttpClient 5, made the audit's way: names resolved only by the {@link GuardedDns}
 * (the address guard), no redirect followed by the client (the {@link SafeFetcher} vets each one), no connection kept
 * (each request resolves and is vetted anew), gzip and deflate accepted and inflated here, never past the size cap, the
 * bytes that came over the wire counted as the answer's weight, and a deadline over the whole answer: a watchdog
 * cancels a request that is still running when it passes, however slowly the server trickles.
 */
final class HttpFetch {

	/** Cancels requests whose deadline passed; one daemon thread for every auditor. */
	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "webaudit-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	private final WebAuditSettings settings;

	private final CloseableHttpClient client;

	HttpFetch(WebAuditSettings settings, AddressGuard guard, SSLContext tls) {
		this.settings = settings;
		var connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new GuardedDns(guard))
			.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
			.setConnectionFactory(new ManagedHttpClientConnectionFactory(
					Http1Config.custom().setMaxLineLength(64 * 1024).setMaxHeaderCount(200).build(), null, null))
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(settings.connectTimeout()))
				.setSocketTimeout(Timeout.of(settings.requestTimeout()))
				.build())
			.setMaxConnTotal(256)
			.setMaxConnPerRoute(64)
			.build();
		this.client = HttpClients.custom()
			.setConnectionManager(connections)
			.disableRedirectHandling()
			.disableContentCompression()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.setConnectionReuseStrategy((request, response, context) -> false)
			.setUserAgent(settings.userAgent())
			.build();
	}

	Answer exchange(URI uri, String method, Deadline auditDeadline) throws IOException {
		Deadline deadline = auditDeadline.soonest(settings.requestTimeout());
		HttpUriRequestBase request = method.equals("HEAD") ? new HttpHead(uri) : new HttpGet(uri);
		request.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		request.setHeader("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.8");
		// br is not asked for: no maintained Java decoder is among the project's libraries
		request.setHeader("Accept-Encoding", "gzip, deflate");
		// no connection is reused (each request is resolved and vetted anew): say so, so the server closes at once
		request.setHeader("Connection", "close");
		long left = Math.max(1, deadline.remainingMillis());
		request.setConfig(RequestConfig.custom()
			.setConnectionRequestTimeout(Timeout.ofMilliseconds(left))
			.setResponseTimeout(Timeout.ofMilliseconds(left))
			.build());
		AtomicBoolean cut = new AtomicBoolean();
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
			cut.set(true);
			request.cancel();
		}, left, TimeUnit.MILLISECONDS);
		try {
			return client.execute(request, response -> read(response, method));
		}
		catch (IOException ex) {
			if (cut.get()) {
				// the watchdog closed the connection: whatever the client saw, the deadline passed
				throw new SocketTimeoutException("deadline passed");
			}
			throw ex;
		}
		finally {
			watchdog.cancel(false);
		}
	}

	private Answer read(ClassicHttpResponse response, String method) throws IOException {
		int status = response.getCode();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (Header header : response.getHeaders()) {
			headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(header.getValue().strip());
		}
		long declared = declaredLength(headers);
		HttpEntity entity = response.getEntity();
		if (method.equals("HEAD") || entity == null || status == 204 || status == 304 || status < 200) {
			return new Answer(status, headers, new byte[0], false, declared, 0);
		}
		int limit = settings.maxBodyBytes();
		try (CountingInput wire = new CountingInput(entity.getContent(), limit)) {
			String encoding = headers.getOrDefault("content-encoding", List.of())
				.stream()
				.findFirst()
				.orElse("identity")
				.toLowerCase(Locale.ROOT)
				.strip();
			InputStream decoded = switch (encoding) {
				case "gzip", "x-gzip" -> new GZIPInputStream(wire);
				case "deflate" -> new DeflateInputStream(wire);
				default -> wire;
			};
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			byte[] buffer = new byte[16 * 1024];
			boolean truncated = false;
			while (true) {
				int n = decoded.read(buffer, 0, (int) Math.min(buffer.length, limit + 1L - body.size()));
				if (n < 0) {
					break;
				}
				body.write(buffer, 0, n);
				if (body.size() > limit) {
					// a page larger than the cap, or a small answer that inflates to gigabytes: reading stops here
					truncated = true;
					break;
				}
			}
			truncated |= wire.cut();
			byte[] bytes = body.toByteArray();
			if (bytes.length > limit) {
				bytes = java.util.Arrays.copyOf(bytes, limit);
			}
			return new Answer(status, headers, bytes, truncated, declared, wire.count());
		}
	}

	private static long declaredLength(Map<String, List<String>> headers) {
		List<String> values = headers.get("content-length");
		if (values == null || values.isEmpty()) {
			return -1;
		}
		try {
			return Long.parseLong(values.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** The bytes that came over the wire, stopped at the cap (the rest is not read: the connection is dropped). */
	private static final class CountingInput extends FilterInputStream {

		private final long limit;

		private long count;

		private boolean cut;

		CountingInput(InputStream in, long limit) {
			super(in);
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			int n = read(one, 0, 1);
			return n < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (count >= limit) {
				cut = in.read() >= 0;
				return -1;
			}
			int n = in.read(b, off, (int) Math.min(len, limit - count));
			if (n > 0) {
				count += n;
			}
			return n;
		}

		long count() {
			return count;
		}

		boolean cut() {
			return cut;
		}

		@Override
		public void close() {
			// not drained: closing the response drops the connection, which is never reused
		}

	}

}
