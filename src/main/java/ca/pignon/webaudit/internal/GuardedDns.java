package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;

import ca.pignon.webaudit.WebAuditRefused;

/**
 * The HTTP client's only way to turn a name into addresses is the {@link AddressGuard}: one lookup per connection,
 * every address vetted, and the connection made to those addresses only. An address the guard refuses ends the
 * request as {@link Refused}, which carries the guard's reason.
 */
final class GuardedDns implements DnsResolver {

	/** The guard refused what the name resolves to; an UnknownHostException so that the client passes it on as is. */
	static final class Refused extends UnknownHostException {

		private static final long serialVersionUID = 1L;

		private final transient WebAuditRefused refusal;

		Refused(WebAuditRefused refusal) {
			super(refusal.messageKey());
			this.refusal = refusal;
		}

		WebAuditRefused refusal() {
			return refusal;
		}

	}

	private final AddressGuard guard;

	GuardedDns(AddressGuard guard) {
		this.guard = guard;
	}

	@Override
	public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
		try {
			return guard.addresses(host, port).stream().map(address -> new InetSocketAddress(address, port)).toList();
		}
		catch (WebAuditRefused ex) {
			throw new Refused(ex);
		}
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		// without a port, the allowed hosts (host:port) cannot apply: the address rules always do
		try {
			return guard.addresses(host, -1).toArray(InetAddress[]::new);
		}
		catch (WebAuditRefused ex) {
			throw new Refused(ex);
		}
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		return host;
	}

}
