package ca.pignon.webaudit.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Addresses a fetch of an untrusted site must never reach, each with why (a message key suffix): this machine, the
 * private network around it and the cloud's metadata service.
 */
final class ForbiddenAddresses {

	private static final byte[] METADATA_V4 = { (byte) 169, (byte) 254, (byte) 169, (byte) 254 };

	private ForbiddenAddresses() {
	}

	/** Why the address is refused, or empty when it is a public address. */
	static Optional<String> reason(InetAddress address) {
		if (address instanceof Inet6Address v6) {
			Optional<InetAddress> embedded = embeddedIpv4(v6.getAddress());
			if (embedded.isPresent()) {
				return reason(embedded.get());
			}
		}
		byte[] b = address.getAddress();
		if (isMetadata(b)) {
			return Optional.of("metadata");
		}
		if (address.isLoopbackAddress()) {
			return Optional.of("loopback");
		}
		if (address.isAnyLocalAddress()) {
			return Optional.of("unspecified");
		}
		if (address.isLinkLocalAddress()) {
			return Optional.of("linkLocal");
		}
		if (address.isMulticastAddress()) {
			return Optional.of("multicast");
		}
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xff;
			int second = b[1] & 0xff;
			if (address.isSiteLocalAddress()) {
				return Optional.of("private");
			}
			if (first == 100 && second >= 64 && second <= 127) {
				return Optional.of("sharedAddressSpace");
			}
			// 0/8 "this network", 192.0.0/24 protocol assignments, 198.18/15 benchmarking, 240/4 reserved and broadcast
			if (first == 0 || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second & 0xfe) == 18)
					|| first >= 240) {
				return Optional.of("reserved");
			}
			return Optional.empty();
		}
		int first = b[0] & 0xff;
		if ((first & 0xfe) == 0xfc) {
			return Optional.of("private");
		}
		if (address.isSiteLocalAddress()) {
			return Optional.of("private");
		}
		return Optional.empty();
	}

	private static boolean isMetadata(byte[] b) {
		if (b.length == 4) {
			return Arrays.equals(b, METADATA_V4);
		}
		// fd00:ec2::254, AWS's IPv6 metadata service
		byte[] awsV6 = new byte[16];
		awsV6[0] = (byte) 0xfd;
		awsV6[2] = (byte) 0x0e;
		awsV6[3] = (byte) 0xc2;
		awsV6[14] = 0x02;
		awsV6[15] = 0x54;
		return Arrays.equals(b, awsV6);
	}

	/** IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses. */
	private static Optional<InetAddress> embeddedIpv4(byte[] b) {
		boolean zeroPrefix = true;
		for (int i = 0; i < 10; i++) {
			zeroPrefix &= b[i] == 0;
		}
		boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
		boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
		boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
				&& allZero(b, 4, 12);
		if (!(mapped || compatible || nat64)) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	private static boolean allZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
