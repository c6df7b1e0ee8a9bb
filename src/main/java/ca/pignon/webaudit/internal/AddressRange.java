package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A block of addresses in CIDR notation ({@code 192.0.2.0/24}, {@code 2001:db8::/32}): the unit of IANA's registries
 * and of the ranges an operator forbids.
 */
record AddressRange(byte[] prefix, int length) {

	static AddressRange parse(String cidr) {
		String text = cidr.strip();
		int slash = text.indexOf('/');
		try {
			if (slash <= 0 || !text.substring(0, slash).matches("[0-9A-Fa-f:.]+")) {
				throw new IllegalArgumentException("not an address range (CIDR): " + cidr);
			}
			String host = text.substring(0, slash);
			// the JDK turns an IPv4-mapped IPv6 text into an IPv4 address: read IPv6 ourselves, all 16 bytes
			byte[] address = host.contains(":") ? ipv6(host) : InetAddress.getByName(host).getAddress();
			int length = Integer.parseInt(text.substring(slash + 1));
			if (length < 0 || length > address.length * 8) {
				throw new IllegalArgumentException("prefix length out of range: " + cidr);
			}
			return new AddressRange(address, length);
		}
		catch (UnknownHostException | NumberFormatException ex) {
			throw new IllegalArgumentException("not an address range (CIDR): " + cidr, ex);
		}
	}

	/** The 16 bytes of an IPv6 address in text, with "::" and a dotted IPv4 end allowed. */
	static byte[] ipv6(String text) {
		String[] halves = text.split("::", -1);
		if (halves.length > 2) {
			throw new IllegalArgumentException("not an IPv6 address: " + text);
		}
		int[] head = groups(halves[0]);
		int[] tail = halves.length == 2 ? groups(halves[1]) : new int[0];
		if (halves.length == 1 ? head.length != 8 : head.length + tail.length > 7) {
			throw new IllegalArgumentException("not an IPv6 address: " + text);
		}
		byte[] bytes = new byte[16];
		for (int i = 0; i < head.length; i++) {
			bytes[2 * i] = (byte) (head[i] >> 8);
			bytes[2 * i + 1] = (byte) head[i];
		}
		for (int i = 0; i < tail.length; i++) {
			int at = 8 - tail.length + i;
			bytes[2 * at] = (byte) (tail[i] >> 8);
			bytes[2 * at + 1] = (byte) tail[i];
		}
		return bytes;
	}

	private static int[] groups(String part) {
		if (part.isEmpty()) {
			return new int[0];
		}
		String[] texts = part.split(":", -1);
		java.util.List<Integer> groups = new java.util.ArrayList<>();
		for (int i = 0; i < texts.length; i++) {
			String group = texts[i];
			if (i == texts.length - 1 && group.contains(".")) {
				String[] quad = group.split("\\.");
				if (quad.length != 4) {
					throw new IllegalArgumentException("not an IPv4 end: " + group);
				}
				int[] b = new int[4];
				for (int k = 0; k < 4; k++) {
					b[k] = Integer.parseInt(quad[k]);
					if (b[k] < 0 || b[k] > 255) {
						throw new IllegalArgumentException("not an IPv4 end: " + group);
					}
				}
				groups.add(b[0] << 8 | b[1]);
				groups.add(b[2] << 8 | b[3]);
			}
			else {
				if (group.isEmpty() || group.length() > 4) {
					throw new IllegalArgumentException("not an IPv6 group: " + group);
				}
				groups.add(Integer.parseInt(group, 16));
			}
		}
		return groups.stream().mapToInt(Integer::intValue).toArray();
	}

	boolean contains(InetAddress address) {
		return contains(address.getAddress());
	}

	boolean contains(byte[] address) {
		if (address.length != prefix.length) {
			return false;
		}
		int full = length / 8;
		for (int i = 0; i < full; i++) {
			if (address[i] != prefix[i]) {
				return false;
			}
		}
		int rest = length % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xff << (8 - rest)) & 0xff;
		return (address[full] & mask) == (prefix[full] & mask);
	}

}
