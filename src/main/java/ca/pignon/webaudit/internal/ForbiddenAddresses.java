package ca.pignon.webaudit.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Addresses a fetch of an untrusted site must never reach, each with why (a message key suffix): this machine (any
 * address of its own interfaces, and its gateways), the cloud's metadata service, every block IANA's special-purpose
 * registries say is not globally reachable ({@link SpecialPurposeRanges}), and the ranges the operator forbids. An
 * IPv6 address that carries an IPv4 one (mapped, compatible, translated, NAT64, 6to4, Teredo) is refused when the IPv4
 * address it leads to would be.
 */
final class ForbiddenAddresses {

	private static final AddressRange METADATA_V4 = AddressRange.parse("169.254.169.254/32");

	/** fd00:ec2::254, AWS's IPv6 metadata service. */
	private static final AddressRange METADATA_V6 = AddressRange.parse("fd00:ec2::254/128");

	private static final AddressRange MAPPED = AddressRange.parse("::ffff:0:0/96");

	private static final AddressRange TRANSLATED = AddressRange.parse("::ffff:0:0:0/96");

	private static final AddressRange COMPATIBLE = AddressRange.parse("::/96");

	private static final AddressRange NAT64 = AddressRange.parse("64:ff9b::/96");

	private static final AddressRange SIX_TO_FOUR = AddressRange.parse("2002::/16");

	private static final AddressRange TEREDO = AddressRange.parse("2001::/32");

	private ForbiddenAddresses() {
	}

	/** Why the address is refused, or empty when the audit may fetch it; with no host or operator rule. */
	static Optional<String> reason(InetAddress address) {
		return reason(address, List.of(), List.of());
	}

	/**
	 * @param thisHost the addresses of this machine's interfaces and its gateways, found when asked
	 * @param forbidden the ranges the operator forbids ({@code pignon.webaudit.forbidden-ranges})
	 */
	static Optional<String> reason(InetAddress address, Collection<InetAddress> thisHost,
			Collection<AddressRange> forbidden) {
		for (InetAddress carried : embeddedIpv4(address)) {
			Optional<String> reason = reason(carried, thisHost, forbidden);
			if (reason.isPresent()) {
				return reason;
			}
		}
		if (METADATA_V4.contains(address) || METADATA_V6.contains(address)) {
			return Optional.of("metadata");
		}
		Optional<String> special = SpecialPurposeRanges.reason(address);
		if (special.isPresent()) {
			return special;
		}
		// after the registries, so that this machine's loopback and private addresses keep their own reason
		if (thisHost.stream().anyMatch(own -> Arrays.equals(own.getAddress(), address.getAddress()))) {
			return Optional.of("thisHost");
		}
		if (forbidden.stream().anyMatch(range -> range.contains(address))) {
			return Optional.of("forbidden");
		}
		return Optional.empty();
	}

	/** The IPv4 addresses an IPv6 address leads to; none for an IPv4 address or a plain IPv6 one. */
	static List<InetAddress> embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return List.of();
		}
		byte[] b = address.getAddress();
		List<InetAddress> carried = new ArrayList<>();
		if (MAPPED.contains(b) || TRANSLATED.contains(b) || NAT64.contains(b)
				|| (COMPATIBLE.contains(b) && !(b[12] == 0 && b[13] == 0 && b[14] == 0))) {
			carried.add(ipv4(Arrays.copyOfRange(b, 12, 16)));
		}
		else if (SIX_TO_FOUR.contains(b)) {
			carried.add(ipv4(Arrays.copyOfRange(b, 2, 6)));
		}
		else if (TEREDO.contains(b)) {
			// the Teredo server, then the client (its address stored inverted)
			carried.add(ipv4(Arrays.copyOfRange(b, 4, 8)));
			byte[] client = Arrays.copyOfRange(b, 12, 16);
			for (int i = 0; i < client.length; i++) {
				client[i] = (byte) ~client[i];
			}
			carried.add(ipv4(client));
		}
		return carried;
	}

	private static InetAddress ipv4(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
