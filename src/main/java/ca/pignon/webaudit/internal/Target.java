package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.URI;

/**
 * A vetted request target: the address the connection goes to was checked once, and is used as is (no second lookup
 * that a hostile DNS server could answer differently).
 */
record Target(URI uri, boolean https, String host, int port, InetAddress address) {

	String hostHeader() {
		boolean defaultPort = https ? port == 443 : port == 80;
		String name = host.contains(":") ? "[" + host + "]" : host;
		return defaultPort ? name : name + ":" + port;
	}

	String pathAndQuery() {
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
	}

}
