package ca.pignon.webaudit.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;
import ca.pignon.webaudit.WebAuditRefused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit fetches untrusted addresses: with the allow-list empty (as in production) it never reaches this machine,
 * the private network, link-local or metadata addresses, whether named directly, through DNS or by a redirect, and it
 * connects to the address it vetted.
 */
class SafetyTests {

	/** As in production: no host allowed. */
	final Auditor production = Audits.with(WebAuditSettings.defaults());

	@ParameterizedTest(name = "{0} is refused ({1})")
	@CsvSource({ "http://127.0.0.1/, loopback", "http://127.8.9.10:8080/, loopback", "http://[::1]/, loopback",
			"http://10.0.0.5/, private", "http://172.16.4.2/, private", "http://192.168.1.1/, private",
			"http://[fc00::1]/, private", "http://[fd12:3456::1]/, private", "http://169.254.169.254/latest/meta-data/, metadata",
			"http://[fd00:ec2::254]/, metadata", "http://169.254.10.20/, linkLocal", "http://[fe80::1]/, linkLocal",
			"http://0.0.0.0/, unspecified", "http://[::]/, unspecified", "http://224.0.0.1/, multicast",
			"http://100.64.1.1/, sharedAddressSpace", "http://[::ffff:127.0.0.1]/, loopback",
			"http://[::ffff:10.1.1.1]/, private", "http://[64:ff9b::a9fe:a9fe]/, metadata",
			"http://255.255.255.255/, reserved" })
	void refusesAddressesOfThisMachineAndItsNetworks(String url, String reason) {
		assertThatThrownBy(() -> production.audit(url, AuditSubject.none())).isInstanceOf(WebAuditRefused.class)
			.extracting(ex -> ((WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused." + reason);
	}

	@Test
	void refusesAServerOnLoopbackUnlessItsHostIsAllowed() {
		try (FixtureSite site = FixtureSite.http("bare")) {
			// when / then
			assertThatThrownBy(() -> production.audit(site.url("/"), AuditSubject.none()))
				.isInstanceOf(WebAuditRefused.class);
			assertThat(site.requests()).as("refused before connecting").isEmpty();
		}
	}

	@Test
	void refusesANameThatResolvesToLoopback() {
		// localhost is a name, resolved by the system like any other
		for (String url : new String[] { "http://localhost/", "https://localhost:8443/admin", "localhost:8080" }) {
			assertThatThrownBy(() -> production.audit(url, AuditSubject.none())).as(url)
				.isInstanceOf(WebAuditRefused.class)
				.extracting(ex -> ((WebAuditRefused) ex).messageKey())
				.isEqualTo("webaudit.refused.loopback");
		}
	}

	@Test
	void refusesANameThatResolvesToAPrivateAddressEvenAmongPublicOnes() {
		// given: a hostile DNS answer mixing a public and a private address
		Resolver dns = host -> List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.20.30.40"));
		var auditor = Audits.with(WebAuditSettings.defaults(), dns);
		// when / then
		assertThatThrownBy(() -> auditor.audit("https://boulangerie.example/", AuditSubject.none()))
			.isInstanceOf(WebAuditRefused.class)
			.extracting(ex -> ((WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused.private");
	}

	@ParameterizedTest(name = "a redirect to {0} is not followed")
	@CsvSource({ "http://10.0.0.1/admin", "http://169.254.169.254/latest/meta-data/", "http://192.168.0.1/",
			"http://localhost:{port}/secret" })
	void refusesARedirectToAForbiddenAddress(String location) {
		// given: a public-looking site (allowed as 127.0.0.1) that redirects inwards
		try (FixtureSite site = FixtureSite.http("bare")) {
			site.redirect("/", location.replace("{port}", String.valueOf(site.port())));
			var auditor = Audits.with(WebAuditSettings.defaults().allowing("127.0.0.1:*"));
			// when
			var reachable = Audits.byId(auditor.audit(site.url("/"), AuditSubject.none())).get(CheckIds.REACHABLE);
			// then
			assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.REFUSED");
			assertThat(site.requests()).extracting(FixtureSite.Seen::path).containsExactly("/");
		}
	}

	@Test
	void connectsToTheAddressItVettedWithTheSiteNameInTheHostHeader() {
		// given: a name resolved once, by the resolver that vets it
		try (FixtureSite site = FixtureSite.http("complete")) {
			AtomicInteger lookups = new AtomicInteger();
			Resolver dns = host -> {
				lookups.incrementAndGet();
				if (!host.equals("boulangerie.test")) {
					throw new UnknownHostException(host);
				}
				return List.of(InetAddress.getLoopbackAddress());
			};
			var auditor = Audits.with(WebAuditSettings.defaults().allowing("boulangerie.test:" + site.port()), dns);
			// when
			var outcome = auditor.audit("http://boulangerie.test:" + site.port() + "/", Audits.FAUBOURG);
			// then
			assertThat(Audits.byId(outcome).get(CheckIds.TITLE).status()).isEqualTo(CheckStatus.PASS);
			assertThat(site.requests()).allSatisfy(
					request -> assertThat(request.host()).isEqualTo("boulangerie.test:" + site.port()));
			assertThat(lookups.get()).as("one lookup per request, the one that was vetted")
				.isEqualTo(site.requests().size() + 1);
		}
	}

	@ParameterizedTest(name = "\"{0}\" is refused ({1})")
	@CsvSource(delimiter = '|', value = { "ftp://boulangerie.example/|scheme", "file:///etc/passwd|scheme", "mailto:bonjour@boulangerie.example|scheme",
			"javascript:alert(1)|scheme", "http://|malformed", "http:///chemin|noHost", "https://user:secret@boulangerie.example/|credentials",
			"http://boulangerie.example:22/|port", "http://boulangerie.example:99999/|port", "http://127.0.0.1:65536/|port", "http://bou langerie.example/|malformed", "|malformed" })
	void refusesAddressesThatAreNotPlainWebAddresses(String url, String reason) {
		assertThatThrownBy(() -> production.audit(url == null ? " " : url, AuditSubject.none()))
			.isInstanceOf(WebAuditRefused.class)
			.extracting(ex -> ((WebAuditRefused) ex).messageKey())
			.isEqualTo("webaudit.refused." + reason);
	}

	@Test
	void reportsANameThatDoesNotResolveAsUnreachableNotRefused() {
		// given
		Resolver dns = host -> {
			throw new UnknownHostException(host);
		};
		// when
		var reachable = Audits.byId(Audits.with(WebAuditSettings.defaults(), dns)
			.audit("boulangerie-fermee.example", AuditSubject.none())).get(CheckIds.REACHABLE);
		// then
		assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.UNKNOWN_HOST");
		assertThat(reachable.arguments()).containsExactly("http://boulangerie-fermee.example/",
				"boulangerie-fermee.example");
	}

	@Test
	void letsPublicAddressesThrough() throws Exception {
		for (String address : new String[] { "93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "100.128.0.1", "172.32.0.1" }) {
			assertThat(ForbiddenAddresses.reason(InetAddress.getByName(address))).as(address).isEmpty();
		}
	}

}
