package ca.pignon.territory.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port that answers {@code /search} as told.
 */
final class StubGeocoder implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final List<URI> requests = new CopyOnWriteArrayList<>();

	private final List<String> userAgents = new CopyOnWriteArrayList<>();

	private volatile int status = 200;

	private volatile String body = "[]";

	private volatile Duration delay = Duration.ZERO;

	private volatile boolean stallBody;

	StubGeocoder() {
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		server.createContext("/search", this::answer);
		server.setExecutor(threads);
		server.start();
	}

	StubGeocoder answering(int status, String body) {
		this.status = status;
		this.body = body;
		return this;
	}

	StubGeocoder after(Duration delay) {
		this.delay = delay;
		return this;
	}

	/**
	 * Sends the headers, then never the body.
	 */
	StubGeocoder stallingTheBody() {
		this.stallBody = true;
		return this;
	}

	URI baseUrl() {
		return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
	}

	TerritorySettings.ExternalGeocoder settings(Duration readTimeout) {
		return new TerritorySettings.ExternalGeocoder(true, baseUrl(), "Pignon tests", Duration.ofSeconds(1),
				readTimeout);
	}

	List<URI> requests() {
		return requests;
	}

	List<String> userAgents() {
		return userAgents;
	}

	private void answer(HttpExchange exchange) throws IOException {
		requests.add(exchange.getRequestURI());
		userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
		try {
			Thread.sleep(delay.toMillis());
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			if (stallBody) {
				Thread.sleep(Duration.ofSeconds(10).toMillis());
			}
			exchange.getResponseBody().write(bytes);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	@Override
	public void close() {
		if (!threads.isShutdown()) {
			server.stop(0);
			threads.shutdownNow();
		}
	}

}
