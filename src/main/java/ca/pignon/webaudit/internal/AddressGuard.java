package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ca.pignon.webaudit.WebAuditRefused;

/**
 * Decides whether an address may be fetched, before the first request and before every redirect: http or https only,
 * a host, no credentials, an allowed port (a port is at most 65535), and a name that resolves only to public addresses.
 */
public final class AddressGuard {

	/** "mailto:", "javascript:"… but not "boulangerie.ca:8080", a host and its port. */
	private static final java.util.regex.Pattern OTHER_SCHEME = java.util.regex.Pattern
		.compile("[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\d)");

	private final WebAuditSettings settings;

	private final Resolver resolver;

	public AddressGuard(WebAuditSettings settings, Resolver resolver) {
		this.settings = settings;
		this.resolver = resolver;
	}

	/** Parses what a person typed; a missing scheme means http, as in a browser's address bar. */
	public static URI parse(String typed) {
		String text = typed.strip();
		if (text.isEmpty() || text.length() > 2000) {
			throw new WebAuditRefused("webaudit.refused.malformed", typed);
		}
		if (!text.contains("://") && !OTHER_SCHEME.matcher(text).lookingAt()) {
			text = "http://" + text;
		}
		try {
			URI uri = new URI(text).normalize();
			checkShape(uri, typed);
			return uri.getRawPath() == null || uri.getRawPath().isEmpty() ? uri.resolve("/") : uri;
		}
		catch (URISyntaxException ex) {
			throw new WebAuditRefused("webaudit.refused.malformed", typed);
		}
	}

	/**
	 * Vets an address as a whole: its shape and port, then every address its host resolves to.
	 * @return the addresses that may be connected to
	 * @throws WebAuditRefused when the URI or what its host resolves to may not be fetched
	 * @throws UnknownHostException when the name does not resolve (the site is unreachable, not refused)
	 */
	List<InetAddress> vet(URI uri) throws UnknownHostException {
		checkRequest(uri);
		return addresses(host(uri), port(uri));
	}

	/**
	 * The checks that need no name resolution, made before every request and every redirect: scheme, host, no
	 * credentials, an allowed port.
	 * @throws WebAuditRefused when the URI may not be fetched
	 */
	void checkRequest(URI uri) {
		checkShape(uri, uri.toString());
		int port = port(uri);
		if (!settings.allows(host(uri), port) && !settings.allowedPorts().contains(port)) {
			throw new WebAuditRefused("webaudit.refused.port", port);
		}
	}

	/**
	 * What a host resolves to, once, each address vetted: the HTTP client connects to these and to nothing else (no
	 * second lookup that a hostile DNS server could answer differently). Hosts allowed by the settings skip the
	 * address rules.
	 * @throws WebAuditRefused when one of the addresses may not be fetched
	 */
	List<InetAddress> addresses(String host, int port) throws UnknownHostException {
		String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
		name = name.toLowerCase(Locale.ROOT);
		List<InetAddress> addresses = resolver.resolve(name);
		if (addresses.isEmpty()) {
			throw new UnknownHostException(name);
		}
		if (!settings.allows(name, port)) {
			// every address of the name must be public: a name with one private address is a way in
			for (InetAddress address : addresses) {
				Optional<String> reason = ForbiddenAddresses.reason(address, ThisHost.addresses(),
						settings.forbidden());
				if (reason.isPresent()) {
					throw new WebAuditRefused("webaudit.refused." + reason.get(), name, address.getHostAddress());
				}
			}
		}
		return addresses;
	}

	private static int port(URI uri) {
		boolean https = "https".equalsIgnoreCase(uri.getScheme());
		return uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
	}

	private static void checkShape(URI uri, String typed) {
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new WebAuditRefused("webaudit.refused.scheme", scheme);
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new WebAuditRefused("webaudit.refused.noHost", typed);
		}
		if (uri.getRawUserInfo() != null) {
			throw new WebAuditRefused("webaudit.refused.credentials", typed);
		}
		if (uri.getPort() > 65535) {
			// java.net.URI takes any number; the socket would throw (a 500, issue 17, item 5)
			throw new WebAuditRefused("webaudit.refused.port", uri.getPort());
		}
	}

	private static String host(URI uri) {
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

}
