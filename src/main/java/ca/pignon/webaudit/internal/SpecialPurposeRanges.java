package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * IANA's special-purpose address registries, IPv4 and IPv6 (iana.org/assignments/iana-ipv4-special-registry and
 * iana-ipv6-special-registry, read on 2026-12-07): every block that is not globally reachable, with why the audit
 * refuses it (a message key suffix), plus multicast. The blocks that carry an IPv4 address inside an IPv6 one (6to4,
 * Teredo, NAT64, mapped and translated addresses) are decoded first by {@link ForbiddenAddresses}.
 */
final class SpecialPurposeRanges {

	record Entry(AddressRange range, String reason) {
	}

	static final List<Entry> IPV4 = List.of(entry("0.0.0.0/32", "unspecified"), entry("0.0.0.0/8", "reserved"), entry("10.0.0.0/8", "private"),
			entry("100.64.0.0/10", "sharedAddressSpace"), entry("127.0.0.0/8", "loopback"),
			entry("169.254.0.0/16", "linkLocal"), entry("172.16.0.0/12", "private"),
			entry("192.0.0.0/24", "reserved"), entry("192.0.2.0/24", "documentation"),
			entry("192.88.99.0/24", "reserved"), entry("192.168.0.0/16", "private"),
			entry("198.18.0.0/15", "reserved"), entry("198.51.100.0/24", "documentation"),
			entry("203.0.113.0/24", "documentation"), entry("224.0.0.0/4", "multicast"),
			entry("240.0.0.0/4", "reserved"), entry("255.255.255.255/32", "reserved"));

	static final List<Entry> IPV6 = List.of(entry("::/128", "unspecified"), entry("::1/128", "loopback"),
			entry("64:ff9b:1::/48", "reserved"), entry("100::/64", "reserved"), entry("100:0:0:1::/64", "reserved"),
			entry("2001:2::/48", "reserved"), entry("2001:10::/28", "reserved"), entry("2001:20::/28", "reserved"),
			entry("2001:db8::/32", "documentation"), entry("3fff::/20", "documentation"),
			entry("5f00::/16", "reserved"), entry("fc00::/7", "private"), entry("fe80::/10", "linkLocal"),
			entry("fec0::/10", "private"), entry("ff00::/8", "multicast"));

	private SpecialPurposeRanges() {
	}

	static Optional<String> reason(InetAddress address) {
		for (Entry entry : address.getAddress().length == 4 ? IPV4 : IPV6) {
			if (entry.range().contains(address)) {
				return Optional.of(entry.reason());
			}
		}
		return Optional.empty();
	}

	private static Entry entry(String cidr, String reason) {
		return new Entry(AddressRange.parse(cidr), reason);
	}

}
