package ca.pignon.webaudit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A merchant's site served on loopback by the test itself: the files of {@code webaudit/sites/<name>/} in the test
 * resources ("/contact" serves contact.html), plus routes a test adds (redirects, errors, slow or huge answers).
 */
public final class FixtureSite implements AutoCloseable {

	static {
		// as web servers do (nginx's tcp_nodelay, Apache httpd), answers are sent without waiting for the previous
		// packet's acknowledgement: the JDK's server otherwise holds the body of an answer on a kept-alive connection
		// until the client's delayed acknowledgement (about 40 ms a request). Read once, when the JDK's server is first
		// used in this JVM.
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	/** A request the site received. */
	public record Seen(String method, String path, String host, String userAgent) {
	}

	private final HttpServer server;

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final String fixture;

	private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private final Map<String, String> headerFiles = new ConcurrentHashMap<>();

	private final String scheme;

	private FixtureSite(HttpServer server, String fixture, String scheme) {
		this.server = server;
		this.fixture = fixture;
		this.scheme = scheme;
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	public static FixtureSite http(String fixture) {
		try {
			return new FixtureSite(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
					fixture, "http");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static FixtureSite https(String fixture) {
		try {
			HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(TestCertificate.serverContext()));
			return new FixtureSite(server, fixture, "https");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public String url(String path) {
		return url("127.0.0.1", path);
	}

	public String url(String host, String path) {
		return scheme + "://" + host + ":" + port() + path;
	}

	public List<Seen> requests() {
		return List.copyOf(seen);
	}

	public FixtureSite route(String path, HttpHandler handler) {
		routes.put(path, handler);
		return this;
	}

	public FixtureSite redirect(String path, String location) {
		return route(path, exchange -> {
			exchange.getResponseHeaders().set("Location", location);
			exchange.sendResponseHeaders(301, -1);
			exchange.close();
		});
	}

	public FixtureSite status(String path, int status) {
		return route(path, exchange -> send(exchange, status, "text/html", "<html><body>Erreur " + status + "</body></html>"));
	}

	/** Serves the fixture's file with an extra response header. */
	public FixtureSite header(String path, String name, String value) {
		return route(path, exchange -> {
			exchange.getResponseHeaders().set(name, value);
			serveFile(exchange, path);
		});
	}

	/** Serves other HTML at that path from now on (a site that changes between two audits). */
	public FixtureSite html(String path, String html) {
		return route(path, exchange -> send(exchange, 200, "text/html; charset=utf-8", html));
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		seen.add(new Seen(exchange.getRequestMethod(), path, exchange.getRequestHeaders().getFirst("Host"),
				exchange.getRequestHeaders().getFirst("User-Agent")));
		try (exchange) {
			HttpHandler route = routes.get(path);
			if (route != null) {
				route.handle(exchange);
			}
			else {
				serveFile(exchange, path);
			}
		}
		catch (IOException ex) {
			// the audit hung up (size cap, timeout): what the test is about, not an error of the site
		}
	}

	private void serveFile(HttpExchange exchange, String path) throws IOException {
		String file = path.equals("/") ? "index.html" : path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
		InputStream in = resource(file);
		if (in == null && !file.contains(".")) {
			file = file + ".html";
			in = resource(file);
		}
		if (in == null && file.endsWith(".gz") && resource(file.substring(0, file.length() - 3)) != null) {
			byte[] plain;
			try (InputStream opened = resource(file.substring(0, file.length() - 3))) {
				plain = corpusTouches(exchange, file.substring(0, file.length() - 3), opened.readAllBytes());
			}
			byte[] gzipped = compress(plain, true);
			exchange.getResponseHeaders().set("Content-Type", "application/x-gzip");
			exchange.sendResponseHeaders(200, gzipped.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(gzipped);
			}
			return;
		}
		if (in == null) {
			send(exchange, 404, "text/html", "<html><body>Page introuvable</body></html>");
			return;
		}
		byte[] body;
		try (InputStream opened = in) {
			body = opened.readAllBytes();
		}
		exchange.getResponseHeaders().set("Content-Type", contentType(file));
		body = corpusTouches(exchange, file, body);
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(200, head ? -1 : body.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	/**
	 * What the corpus of sites needs from a file server ({@code src/test/resources/webaudit/sites/}): "{{origin}}" in a
	 * text file stands for this server's own origin (sitemaps and robots.txt need absolute addresses); a file
	 * {@code <file>.headers} ("Name: value" lines) adds or replaces response headers, and a Content-Encoding of gzip or
	 * deflate among them compresses the body as a server would; {@code <file>.gz} asked for and absent serves
	 * {@code <file>} gzipped.
	 */
	private byte[] corpusTouches(HttpExchange exchange, String file, byte[] body) throws IOException {
		byte[] out = body;
		if (file.endsWith(".xml") || file.endsWith(".txt") || file.endsWith(".html")) {
			String text = new String(out, StandardCharsets.ISO_8859_1);
			if (text.contains("{{origin}}")) {
				out = text.replace("{{origin}}", url("")).getBytes(StandardCharsets.ISO_8859_1);
			}
		}
		String lines = headerFiles.computeIfAbsent(file, this::headerFile);
		if (!lines.isEmpty()) {
			for (String line : lines.split("\\R")) {
				int colon = line.indexOf(':');
				if (colon > 0) {
					exchange.getResponseHeaders().set(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
				}
			}
			String encoding = String.valueOf(exchange.getResponseHeaders().getFirst("Content-Encoding"));
			if (encoding.equals("gzip")) {
				out = compress(out, true);
			}
			else if (encoding.equals("deflate")) {
				out = compress(out, false);
			}
		}
		return out;
	}

	/** A file's headers file, or "" (looked up once: a missing resource is searched in every jar of the class path). */
	private String headerFile(String file) {
		try (InputStream in = resource(file + ".headers")) {
			return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static byte[] compress(byte[] body, boolean gzip) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (OutputStream out = gzip ? new java.util.zip.GZIPOutputStream(bytes)
				: new java.util.zip.DeflaterOutputStream(bytes)) {
			out.write(body);
		}
		return bytes.toByteArray();
	}

	private InputStream resource(String file) {
		return getClass().getClassLoader().getResourceAsStream("webaudit/sites/" + fixture + "/" + file);
	}

	public static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type);
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	private static String contentType(String file) {
		if (file.endsWith(".html")) {
			return "text/html; charset=utf-8";
		}
		if (file.endsWith(".txt")) {
			return "text/plain; charset=utf-8";
		}
		if (file.endsWith(".xml")) {
			return "application/xml";
		}
		if (file.endsWith(".css")) {
			return "text/css";
		}
		if (file.endsWith(".png")) {
			return "image/png";
		}
		if (file.endsWith(".jpg")) {
			return "image/jpeg";
		}
		return file.endsWith(".ico") ? "image/x-icon" : "application/octet-stream";
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}

}
