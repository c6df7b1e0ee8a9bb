package ca.pignon.webaudit.internal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 request over a socket opened to the vetted address itself, with the site's name in the Host header and
 * in TLS (SNI and certificate check). A hand-written client because the JDK's resolves names itself, which would let a
 * hostile DNS server answer a private address on the second lookup.
 */
final class SocketHttp {

	private static final int MAX_HEADER_BYTES = 64 * 1024;

	private final WebAuditSettings settings;

	private final SSLSocketFactory tls;

	SocketHttp(WebAuditSettings settings, SSLSocketFactory tls) {
		this.settings = settings;
		this.tls = tls;
	}

	Answer exchange(Target target, String method, Deadline auditDeadline) throws IOException {
		Deadline deadline = auditDeadline.soonest(settings.requestTimeout());
		try (Socket socket = open(target, deadline)) {
			OutputStream out = socket.getOutputStream();
			String request = method + " " + target.pathAndQuery() + " HTTP/1.1\r\n" + "Host: " + target.hostHeader()
					+ "\r\n" + "User-Agent: " + settings.userAgent() + "\r\n"
					+ "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
					+ "Accept-Language: fr-CA,fr;q=0.9,en;q=0.8\r\n" + "Accept-Encoding: identity\r\n"
					+ "Connection: close\r\n\r\n";
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = new TimedInput(new BufferedInputStream(socket.getInputStream()), socket, deadline);
			return read(in, method);
		}
	}

	private Socket open(Target target, Deadline deadline) throws IOException {
		Socket socket = new Socket();
		try {
			int connect = (int) Math.max(1, Math.min(settings.connectTimeout().toMillis(), deadline.remainingMillis()));
			socket.connect(new InetSocketAddress(target.address(), target.port()), connect);
			socket.setSoTimeout((int) Math.max(1, deadline.remainingMillis()));
			if (!target.https()) {
				return socket;
			}
			SSLSocket secure = (SSLSocket) tls.createSocket(socket, target.host(), target.port(), true);
			var parameters = secure.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			if (!target.host().equals(target.address().getHostAddress()) && !target.host().contains(":")) {
				parameters.setServerNames(List.of(new SNIHostName(target.host())));
			}
			secure.setSSLParameters(parameters);
			secure.startHandshake();
			return secure;
		}
		catch (IOException | RuntimeException ex) {
			socket.close();
			throw ex;
		}
	}

	private Answer read(InputStream in, String method) throws IOException {
		String statusLine = line(in);
		String[] parts = statusLine.split(" ", 3);
		if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
			throw new IOException("not an HTTP answer");
		}
		int status;
		try {
			status = Integer.parseInt(parts[1]);
		}
		catch (NumberFormatException ex) {
			throw new IOException("bad status line");
		}
		Map<String, List<String>> headers = new LinkedHashMap<>();
		int headerBytes = 0;
		for (String line = line(in); !line.isEmpty(); line = line(in)) {
			headerBytes += line.length();
			if (headerBytes > MAX_HEADER_BYTES) {
				throw new IOException("headers too large");
			}
			int colon = line.indexOf(':');
			if (colon > 0) {
				headers.computeIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(line.substring(colon + 1).strip());
			}
		}
		long declared = declaredLength(headers);
		if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
			return new Answer(status, headers, new byte[0], false, declared);
		}
		boolean chunked = headers.getOrDefault("transfer-encoding", List.of())
			.stream()
			.anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("chunked"));
		Body body = chunked ? chunked(in) : plain(in, declared);
		return new Answer(status, headers, body.bytes(), body.truncated(), declared);
	}

	private record Body(byte[] bytes, boolean truncated) {
	}

	private Body plain(InputStream in, long declared) throws IOException {
		int limit = settings.maxBodyBytes();
		long wanted = declared >= 0 ? Math.min(declared, limit) : limit;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		long read = 0;
		while (read < wanted) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, wanted - read));
			if (n < 0) {
				return new Body(out.toByteArray(), false);
			}
			out.write(buffer, 0, n);
			read += n;
		}
		boolean truncated = declared > limit || (declared < 0 && in.read() >= 0);
		return new Body(out.toByteArray(), truncated);
	}

	private Body chunked(InputStream in) throws IOException {
		int limit = settings.maxBodyBytes();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		while (true) {
			String sizeLine = line(in);
			int semicolon = sizeLine.indexOf(';');
			long size;
			try {
				size = Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip(), 16);
			}
			catch (NumberFormatException ex) {
				throw new IOException("bad chunk size");
			}
			if (size == 0) {
				return new Body(out.toByteArray(), false);
			}
			long left = size;
			while (left > 0) {
				if (out.size() >= limit) {
					return new Body(out.toByteArray(), true);
				}
				int n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(left, limit - out.size())));
				if (n < 0) {
					return new Body(out.toByteArray(), false);
				}
				out.write(buffer, 0, n);
				left -= n;
			}
			line(in);
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

	private static String line(InputStream in) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				if (line.size() == 0) {
					throw new IOException("connection closed");
				}
				break;
			}
			if (line.size() > MAX_HEADER_BYTES) {
				throw new IOException("line too long");
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}

	/** Reads that honour the request's deadline however slowly the server trickles bytes. */
	private static final class TimedInput extends InputStream {

		private final InputStream in;

		private final Socket socket;

		private final Deadline deadline;

		TimedInput(InputStream in, Socket socket, Deadline deadline) {
			this.in = in;
			this.socket = socket;
			this.deadline = deadline;
		}

		@Override
		public int read() throws IOException {
			arm();
			return in.read();
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			arm();
			return in.read(b, off, len);
		}

		private void arm() throws IOException {
			long left = deadline.remainingMillis();
			if (left <= 0) {
				throw new SocketTimeoutException("deadline passed");
			}
			socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, left));
		}

		@Override
		public void close() throws IOException {
			in.close();
		}

	}

}
