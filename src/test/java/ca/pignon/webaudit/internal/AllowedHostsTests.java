package ca.pignon.webaudit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code pignon.webaudit.allowed-hosts}: a host alone is let through the address rules on the allowed ports only, a
 * {@code host:port} pair on that port only, {@code host:*} on any port (issue 17, item 4).
 */
class AllowedHostsTests {

	final WebAuditSettings defaults = WebAuditSettings.defaults();

	@Test
	void aHostAloneIsAllowedOnTheAllowedPortsOnly() {
		// given
		var settings = defaults.allowing("localhost");
		// then
		for (int port : defaults.allowedPorts()) {
			assertThat(settings.allows("localhost", port)).as("port " + port).isTrue();
		}
		assertThat(settings.allows("localhost", 5432)).isFalse();
		assertThat(settings.allows("localhost", 22)).isFalse();
	}

	@Test
	void aHostAndPortPairIsAllowedOnThatPortOnly() {
		// given
		var settings = defaults.allowing("127.0.0.1:8089", "[::1]:9000");
		// then
		assertThat(settings.allows("127.0.0.1", 8089)).isTrue();
		assertThat(settings.allows("127.0.0.1", 8090)).isFalse();
		assertThat(settings.allows("127.0.0.1", 80)).isFalse();
		assertThat(settings.allows("::1", 9000)).isTrue();
		assertThat(settings.allows("::1", 9001)).isFalse();
	}

	@Test
	void aHostWithAStarIsAllowedOnAnyPort() {
		// given
		var settings = defaults.allowing("127.0.0.1:*");
		// then
		assertThat(settings.allows("127.0.0.1", 41234)).isTrue();
		assertThat(settings.allows("127.0.0.2", 41234)).isFalse();
	}

	@Test
	void aBareIpv6AddressIsAHostWithoutPort() {
		// given
		var settings = defaults.allowing("::1");
		// then
		assertThat(settings.allows("::1", 443)).isTrue();
		assertThat(settings.allows("::1", 1)).isFalse();
	}

	@Test
	void theGuardRefusesAnAllowedHostOnAnotherPort() {
		// given
		var guard = new AddressGuard(defaults.allowing("boulangerie.test:8089"),
				host -> java.util.List.of(java.net.InetAddress.getLoopbackAddress()));
		// then
		assertThatThrownBy(() -> guard.vet(java.net.URI.create("http://boulangerie.test:5432/")))
			.isInstanceOf(ca.pignon.webaudit.WebAuditRefused.class)
			.extracting(ex -> ((ca.pignon.webaudit.WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused.port");
		assertThatThrownBy(() -> guard.vet(java.net.URI.create("http://boulangerie.test:8080/")))
			.isInstanceOf(ca.pignon.webaudit.WebAuditRefused.class)
			.extracting(ex -> ((ca.pignon.webaudit.WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused.loopback");
	}

	@Test
	void aMistypedPortStopsTheStartUp() {
		assertThatThrownBy(() -> defaults.allowing("localhost:http")).isInstanceOf(IllegalArgumentException.class);
	}

}
