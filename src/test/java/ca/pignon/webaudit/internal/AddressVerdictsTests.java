package ca.pignon.webaudit.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict of the web audit's guard on each kind of address: IANA's special-purpose blocks of both families, the
 * IPv6 forms that carry an IPv4 address, this machine's own addresses and gateways, and the operator's ranges.
 */
class AddressVerdictsTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(nullValues = "public", textBlock = """
			# IPv4: public
			8.8.8.8,                      public
			1.1.1.1,                      public
			142.250.72.14,                public
			100.128.0.2,                  public
			# IPv4: IANA special-purpose
			0.0.0.0,                      unspecified
			0.1.2.3,                      reserved
			10.0.0.1,                     private
			10.255.255.254,               private
			100.64.0.1,                   sharedAddressSpace
			100.127.255.254,              sharedAddressSpace
			100.128.0.1,                  public
			127.0.0.1,                    loopback
			127.8.9.10,                   loopback
			169.254.1.1,                  linkLocal
			169.254.169.254,              metadata
			172.16.0.1,                   private
			172.31.255.255,               private
			172.32.0.1,                   public
			192.0.0.1,                    reserved
			192.0.2.1,                    documentation
			192.88.99.1,                  reserved
			192.168.1.1,                  private
			198.18.0.1,                   reserved
			198.19.255.255,               reserved
			198.20.0.1,                   public
			198.51.100.7,                 documentation
			203.0.113.9,                  documentation
			224.0.0.1,                    multicast
			239.255.255.250,              multicast
			240.0.0.1,                    reserved
			255.255.255.255,              reserved
			# IPv6: public
			2607:f8b0:4020:800::200e,     public
			2606:4700:4700::1111,         public
			# IPv6: IANA special-purpose
			::,                           unspecified
			::1,                          loopback
			fe80::1,                      linkLocal
			fc00::1,                      private
			fd12:3456::1,                 private
			fd00:ec2::254,                metadata
			fec0::1,                      private
			ff02::1,                      multicast
			2001:db8::1,                  documentation
			2001:db8:ffff::1,             documentation
			3fff::1,                      documentation
			100::1,                       reserved
			2001:2::1,                    reserved
			2001:10::1,                   reserved
			64:ff9b:1::a00:1,             reserved
			5f00::1,                      reserved
			# IPv6 forms that carry an IPv4 address: the IPv4 address decides
			::ffff:127.0.0.1,             loopback
			::ffff:10.0.0.1,              private
			::ffff:8.8.8.8,               public
			::ffff:0:10.0.0.1,            private
			::ffff:0:8.8.8.8,             public
			::127.0.0.1,                  loopback
			64:ff9b::127.0.0.1,           loopback
			64:ff9b::a9fe:a9fe,           metadata
			64:ff9b::8.8.8.8,             public
			2002:7f00:1::1,               loopback
			2002:a00:1::1,                private
			2002:c000:201::1,             documentation
			2002:808:808::1,              public
			2001:0:4136:e378:8000:63bf:3fff:fdd2, documentation
			2001:0:4136:e378:8000:63bf:f7f7:f7f7, public
			2001:0:7f00:1:8000:63bf:3fff:fdd2,    loopback
			2001:0:4136:e378:8000:63bf:80ff:fffe, loopback
			2001:0:4136:e378:8000:63bf:f5ff:fffe, private
			""")
	void decidesEachKindOfAddress(String address, String expected) throws IOException {
		assertThat(ForbiddenAddresses.reason(InetAddress.getByName(address)).orElse(null)).isEqualTo(expected);
	}

	@Test
	void refusesEveryAddressOfThisMachine() {
		// given the addresses of this machine's interfaces and gateways, found now, whatever they are
		var own = ThisHost.addresses();
		assertThat(own).as("this machine has at least its loopback").isNotEmpty();
		// then each is refused, public ones included
		for (InetAddress address : own) {
			assertThat(ForbiddenAddresses.reason(address, own, List.of())).as(address.getHostAddress()).isPresent();
		}
		// a public address this machine holds is refused as this machine's
		InetAddress pretendOwn = addressOf("203.0.114.7");
		assertThat(ForbiddenAddresses.reason(pretendOwn, List.of(pretendOwn), List.of())).contains("thisHost");
		assertThat(ForbiddenAddresses.reason(pretendOwn, List.of(), List.of())).isEmpty();
	}

	@Test
	void readsTheDefaultGatewaysFromLinuxRoutingTables(@TempDir Path tables) throws IOException {
		// given the kernel's tables: a default route through 10.0.2.2 and 2001:db8::1, and a local route
		Path v4 = Files.writeString(tables.resolve("route"), """
				Iface	Destination	Gateway 	Flags	RefCnt	Use	Metric	Mask		MTU	Window	IRTT
				eth0	00000000	0202000A	0003	0	0	0	00000000	0	0	0
				eth0	0002000A	00000000	0001	0	0	0	00FFFFFF	0	0	0
				""");
		Path v6 = Files.writeString(tables.resolve("ipv6_route"),
				"00000000000000000000000000000000 00 00000000000000000000000000000000 00 "
						+ "20010db8000000000000000000000001 00000400 00000001 00000000 00000003 eth0\n"
						+ "fe800000000000000000000000000000 40 00000000000000000000000000000000 00 "
						+ "00000000000000000000000000000000 00000100 00000001 00000000 00000001 eth0\n");
		// then
		assertThat(ThisHost.gateways(v4, v6)).containsExactly(addressOf("10.0.2.2"), addressOf("2001:db8::1"));
		assertThat(ThisHost.gateways(tables.resolve("missing"), tables.resolve("missing6"))).isEmpty();
	}

	@Test
	void refusesTheRangesTheOperatorForbids() {
		var operator = List.of(AddressRange.parse("8.8.8.0/24"), AddressRange.parse("2606:4700::/32"));
		assertThat(ForbiddenAddresses.reason(addressOf("8.8.8.8"), List.of(), operator)).contains("forbidden");
		assertThat(ForbiddenAddresses.reason(addressOf("8.8.4.4"), List.of(), operator)).isEmpty();
		assertThat(ForbiddenAddresses.reason(addressOf("2606:4700:4700::1111"), List.of(), operator))
			.contains("forbidden");
		assertThat(ForbiddenAddresses.reason(addressOf("64:ff9b::808:808"), List.of(), operator))
			.as("through NAT64 too").contains("forbidden");
	}

	@Test
	void refusesAMistypedOperatorRangeAtStartUp() {
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> WebAuditSettings.defaults().forbidding("10.0.0.0/33")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(org.assertj.core.api.Assertions.catchThrowable(
				() -> WebAuditSettings.defaults().forbidding("réseau-interne")))
			.isInstanceOf(IllegalArgumentException.class);
	}

	private static InetAddress addressOf(String text) {
		try {
			return InetAddress.getByName(text);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
