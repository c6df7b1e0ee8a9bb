package ca.pignon.webaudit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The addresses that lead to this machine or right next to it: every address of its network interfaces (public ones
 * included: a site must not make Pignon call itself) and its default gateways, read from the kernel's routing tables on
 * Linux. Read when asked, since interfaces change.
 */
final class ThisHost {

	private ThisHost() {
	}

	static Set<InetAddress> addresses() {
		Set<InetAddress> addresses = new LinkedHashSet<>();
		try {
			for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				addresses.addAll(Collections.list(network.getInetAddresses()));
			}
		}
		catch (SocketException ex) {
			// no interface to read: the registries' rules still hold
		}
		addresses.addAll(gateways(Path.of("/proc/net/route"), Path.of("/proc/net/ipv6_route")));
		return addresses;
	}

	/** Default gateways from Linux's routing tables; none elsewhere or when the tables cannot be read. */
	static List<InetAddress> gateways(Path ipv4Routes, Path ipv6Routes) {
		List<InetAddress> gateways = new ArrayList<>();
		try {
			if (Files.isReadable(ipv4Routes)) {
				for (String line : Files.readAllLines(ipv4Routes)) {
					String[] fields = line.trim().split("\\s+");
					// Iface Destination Gateway …: hexadecimal, little-endian; a default route has destination 0
					if (fields.length > 2 && fields[1].equals("00000000") && fields[2].matches("[0-9A-Fa-f]{8}")
							&& !fields[2].equals("00000000")) {
						byte[] b = HexFormat.of().parseHex(fields[2]);
						gateways.add(InetAddress.getByAddress(new byte[] { b[3], b[2], b[1], b[0] }));
					}
				}
			}
			if (Files.isReadable(ipv6Routes)) {
				for (String line : Files.readAllLines(ipv6Routes)) {
					String[] fields = line.trim().split("\\s+");
					// destination, its length, source, its length, next hop: hexadecimal, in network order
					if (fields.length > 4 && fields[0].matches("0{32}") && fields[1].equals("00")
							&& fields[4].matches("[0-9a-f]{32}") && !fields[4].matches("0{32}")) {
						gateways.add(InetAddress.getByAddress(HexFormat.of().parseHex(fields[4])));
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// unreadable routing tables: the interfaces and the registries still hold
		}
		return gateways;
	}

}
