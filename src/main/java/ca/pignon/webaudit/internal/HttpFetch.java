package ca.pignon.webaudit.internal;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
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
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.DeflateInputStream;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * One HTTP request with Apache HttpClient 5, made the audit's way: sent only to an address the {@link AddressGuard}
 * vetted for this very request (the caller resolves and vets the name before each request and redirect, and passes
 * the addresses; the client's own resolver is the guard too, the {@link GuardedDns}, though it is never asked since
 * the address is given), no redirect followed by the client (the {@link SafeFetcher} vets each one), gzip and deflate
 * accepted and inflated here, never past the size cap, the bytes that came over the wire counted as the answer's
 * weight, and a deadline over the whole answer: a watchdog cancels a request that is still running when it passes,
 * however slowly the server trickles.
 * <p>
 * Connections are pooled and kept alive between requests, one pool for every audit: the pool keys a connection by
 * scheme, host name, port <em>and</em> the address it was opened to, so a request reuses an open connection only to
 * the address that was just vetted for it. An answer read to its end leaves its connection for the next request; one
 * that is cut (over the size cap, not read to its end, or broken, such as "gzip" that is not) is cancelled: the
 * connection is closed at once, the rest never read.
 */
final class HttpFetch {

	/** Cancels requests whose deadline passed; one daemon thread for every auditor. */
	private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "webaudit-deadlines");
		thread.setDaemon(true);
		return thread;
	});

	/** How long a connection may wait in the pool for its next request. */
	private static final TimeValue IDLE = TimeValue.ofSeconds(5);

	private final WebAuditSettings settings;

	private final CloseableHttpClient client;

	HttpFetch(WebAuditSettings settings, AddressGuard guard, SSLContext tls) {
		this.settings = settings;
		PoolingHttpClientConnectionManager connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(new GuardedDns(guard))
			.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
			.setConnectionFactory(new ManagedHttpClientConnectionFactory(
					Http1Config.custom().setMaxLineLength(64 * 1024).setMaxHeaderCount(200).build(), null, null))
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.of(settings.connectTimeout()))
				.setSocketTimeout(Timeout.of(settings.requestTimeout()))
				// a connection idle for a second is checked before reuse (the server may have closed it), and none
				// lives longer than an audit may last
				.setValidateAfterInactivity(TimeValue.ofSeconds(1))
				.setTimeToLive(TimeValue.of(settings.totalTimeout()))
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
			.setUserAgent(settings.userAgent())
			.build();
		closeIdleConnections(new WeakReference<>(connections));
	}

	/** Every few seconds, idle and expired connections closed, until the auditor is gone; no thread of its own. */
	private static void closeIdleConnections(WeakReference<PoolingHttpClientConnectionManager> pool) {
		ScheduledFuture<?>[] task = new ScheduledFuture<?>[1];
		synchronized (task) {
			task[0] = WATCHDOG.scheduleWithFixedDelay(() -> {
				PoolingHttpClientConnectionManager connections = pool.get();
				if (connections == null) {
					synchronized (task) {
						task[0].cancel(false);
					}
					return;
				}
				connections.closeExpired();
				connections.closeIdle(IDLE);
			}, IDLE.toSeconds(), IDLE.toSeconds(), TimeUnit.SECONDS);
		}
	}

	/**
	 * One request to the first of the vetted addresses that accepts a connection, as the client's own resolver would
	 * have tried them.
	 * @param vetted the addresses the guard vetted for this request, in the order the name resolved to them
	 */
	Answer exchange(URI uri, String method, Deadline auditDeadline, List<InetAddress> vetted) throws IOException {
		if (vetted.isEmpty()) {
			throw new UnknownHostException(uri.getHost());
		}
		for (int i = 0;; i++) {
			try {
				return exchange(uri, method, auditDeadline, vetted.get(i));
			}
			catch (ConnectException | ConnectTimeoutException | NoRouteToHostException ex) {
				if (i == vetted.size() - 1 || auditDeadline.passed()) {
					throw ex;
				}
			}
		}
	}

	private Answer exchange(URI uri, String method, Deadline auditDeadline, InetAddress address) throws IOException {
		Deadline deadline = auditDeadline.soonest(settings.requestTimeout());
		HttpUriRequestBase request = method.equals("HEAD") ? new HttpHead(uri) : new HttpGet(uri);
		request.setHeader("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
		request.setHeader("Accept-Language", "fr-CA,fr;q=0.9,en;q=0.8");
		// br is not asked for: no maintained Java decoder is among the project's libraries
		request.setHeader("Accept-Encoding", "gzip, deflate");
		long left = Math.max(1, deadline.remainingMillis());
		request.setConfig(RequestConfig.custom()
			.setConnectionRequestTimeout(Timeout.ofMilliseconds(left))
			.setResponseTimeout(Timeout.ofMilliseconds(left))
			.build());
		HttpHost named;
		try {
			named = RoutingSupport.determineHost(request);
		}
		catch (HttpException ex) {
			throw new IOException(ex);
		}
		// the route carries the vetted address: the client connects to it (no lookup of its own), and the pool hands
		// this request only a connection that was opened to it
		HttpHost target = new HttpHost(named.getSchemeName(), address, named.getHostName(), named.getPort());
		AtomicBoolean cut = new AtomicBoolean();
		ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> {
			cut.set(true);
			request.cancel();
		}, left, TimeUnit.MILLISECONDS);
		ClassicHttpResponse response = null;
		boolean toTheEnd = false;
		try {
			response = client.executeOpen(target, request, null);
			Reading reading = read(response, method);
			toTheEnd = reading.toTheEnd();
			return reading.answer();
		}
		catch (IOException ex) {
			if (cut.get()) {
				// the watchdog closed the connection: whatever the client saw, the deadline passed
				throw new SocketTimeoutException("deadline passed");
			}
			throw ex;
		}
		finally {
			if (!toTheEnd) {
				// over the cap, not read to its end, or broken: the connection is closed now, before the response is
				// (closing it would read the rest, however long), and whatever is left is never read
				request.cancel();
			}
			if (response != null) {
				// read to its end, the connection goes back to the pool; cancelled, closing only cleans up
				CloseableHttpResponse.adapt(response).close(CloseMode.IMMEDIATE);
			}
			watchdog.cancel(false);
		}
	}

	/** An answer, and whether its body was read to its end (so that the connection may serve another request). */
	private record Reading(Answer answer, boolean toTheEnd) {
	}

	private Reading read(ClassicHttpResponse response, String method) throws IOException {
		int status = response.getCode();
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (Header header : response.getHeaders()) {
			headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
				.add(header.getValue().strip());
		}
		long declared = declaredLength(headers);
		HttpEntity entity = response.getEntity();
		if (method.equals("HEAD") || entity == null || status == 204 || status == 304 || status < 200) {
			return new Reading(new Answer(status, headers, new byte[0], false, declared, 0), entity == null);
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
			// a compressed body may end before the bytes that close it on the wire: a few more are read to reach its end
			boolean toTheEnd = !truncated && wire.endWithin(TRAILER_BYTES);
			byte[] bytes = body.toByteArray();
			if (bytes.length > limit) {
				bytes = java.util.Arrays.copyOf(bytes, limit);
			}
			return new Reading(new Answer(status, headers, bytes, truncated, declared, wire.count()), toTheEnd);
		}
	}

	/** Bytes read past the end of a compressed body to find the end of the answer, before giving up on reuse. */
	private static final int TRAILER_BYTES = 8 * 1024;

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

	/**
	 * The bytes that came over the wire, stopped at the cap (the rest is not read: the connection is dropped), and
	 * whether the body's end was seen.
	 */
	private static final class CountingInput extends FilterInputStream {

		private final long limit;

		private long count;

		private boolean cut;

		private boolean ended;

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
			if (ended) {
				return -1;
			}
			if (count >= limit) {
				cut = in.read() >= 0;
				ended = !cut;
				return -1;
			}
			int n = in.read(b, off, (int) Math.min(len, limit - count));
			if (n > 0) {
				count += n;
			}
			else if (n < 0) {
				ended = true;
			}
			return n;
		}

		/** Whether the body ends within that many more bytes (read and counted, never past the cap). */
		boolean endWithin(int bytes) throws IOException {
			byte[] skipped = new byte[1024];
			long stop = count + bytes;
			while (!ended && !cut && count < stop) {
				if (read(skipped, 0, (int) Math.min(skipped.length, stop - count)) < 0 && !ended) {
					return false;
				}
			}
			return ended;
		}

		long count() {
			return count;
		}

		boolean cut() {
			return cut;
		}

		@Override
		public void close() {
			// never drained: a body not read to its end has its request cancelled, its connection closed
		}

	}

}
