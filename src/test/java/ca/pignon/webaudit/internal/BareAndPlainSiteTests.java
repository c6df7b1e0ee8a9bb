package ca.pignon.webaudit.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A bare site (one paragraph and a photo on plain HTTP: what many storefronts have), and the complete site served on
 * plain HTTP only.
 */
class BareAndPlainSiteTests {

	@Test
	void failsEverythingABareSiteLacksAndSaysWhatDoesNotApply() {
		// given
		try (FixtureSite site = FixtureSite.http("bare")) {
			// when
			var outcome = Audits.allowingLoopback().audit(site.url("/"), Audits.FAUBOURG);
			// then
			assertThat(Audits.statuses(outcome)).containsExactly(entry(CheckIds.REACHABLE, CheckStatus.PASS),
					entry(CheckIds.HTTPS, CheckStatus.FAIL), entry(CheckIds.MOBILE_VIEWPORT, CheckStatus.FAIL),
					entry(CheckIds.TITLE, CheckStatus.FAIL), entry(CheckIds.META_DESCRIPTION, CheckStatus.FAIL),
					entry(CheckIds.LANG, CheckStatus.FAIL), entry(CheckIds.OPEN_GRAPH, CheckStatus.FAIL),
					entry(CheckIds.LOCAL_BUSINESS_DATA, CheckStatus.FAIL),
					entry(CheckIds.NAP_CONSISTENCY, CheckStatus.FAIL), entry(CheckIds.OPENING_HOURS, CheckStatus.FAIL),
					entry(CheckIds.CONTACT, CheckStatus.FAIL), entry(CheckIds.SOCIAL_LINKS, CheckStatus.FAIL),
					entry(CheckIds.FAVICON, CheckStatus.FAIL), entry(CheckIds.IMAGE_ALT, CheckStatus.FAIL),
					entry(CheckIds.PAGE_WEIGHT, CheckStatus.PASS),
					entry(CheckIds.BROKEN_LINKS, CheckStatus.NOT_APPLICABLE), entry(CheckIds.SITEMAP, CheckStatus.FAIL),
					entry(CheckIds.INDEXABLE, CheckStatus.PASS),
					entry(CheckIds.PRIVACY_POLICY, CheckStatus.NOT_APPLICABLE),
					entry(CheckIds.ONLINE_SALES, CheckStatus.WARN),
					entry(CheckIds.FRESHNESS, CheckStatus.NOT_APPLICABLE));
			var findings = Audits.byId(outcome);
			assertThat(findings.get(CheckIds.NAP_CONSISTENCY).arguments()).containsExactly("1234 rue Saint-Jean ; 418 555-0123");
			assertThat(findings.get(CheckIds.IMAGE_ALT).arguments()).containsExactly("1", "1", "/photo.jpg");
			assertThat(findings.get(CheckIds.SITEMAP).arguments()).containsExactly(site.url("/sitemap.xml"), "404");
		}
	}

	@Test
	void saysNothingAboutSocialProfilesWhenNoneIsRegisteredAndTheSiteLinksNone() {
		try (FixtureSite site = FixtureSite.http("bare")) {
			// when
			var findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()));
			// then
			assertThat(findings.get(CheckIds.SOCIAL_LINKS).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
			assertThat(findings.get(CheckIds.NAP_CONSISTENCY).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
		}
	}

	@Test
	void failsOnlyHttpsForTheCompleteSiteServedOnPlainHttp() {
		// given: https cannot be faked on plain HTTP, so the honest verdict for such a site is FAIL
		try (FixtureSite site = FixtureSite.http("complete")) {
			// when
			Map<String, Finding> findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), Audits.FAUBOURG));
			// then
			assertThat(findings.get(CheckIds.HTTPS).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(findings.get(CheckIds.HTTPS).arguments()).containsExactly(site.url("/"));
			assertThat(findings.values()).filteredOn(finding -> !finding.id().equals(CheckIds.HTTPS))
				.allSatisfy(finding -> assertThat(finding.status()).as(finding.id()).isEqualTo(CheckStatus.PASS));
		}
	}

	@Test
	void passesHttpsServedOnAnExplicitPortWithoutClaimingToHaveCheckedTheRedirect() {
		try (FixtureSite site = FixtureSite.https("complete")) {
			// when
			var https = Audits.byId(Audits.allowingLoopback().audit(site.url("localhost", "/"), Audits.FAUBOURG))
				.get(CheckIds.HTTPS);
			// then
			assertThat(https.status()).isEqualTo(CheckStatus.PASS);
			assertThat(https.evidenceKey()).isEqualTo("webaudit.evidence.https.servedOnly");
		}
	}

	@Test
	void failsReachableWhenTheCertificateIsNotTrusted() {
		// given: an auditor that trusts the JDK's authorities only, like production
		try (FixtureSite site = FixtureSite.https("complete")) {
			var auditor = new Auditor(WebAuditSettings.defaults().allowing("localhost:*"), Resolver.SYSTEM,
					defaultTls(), Audits.NOVEMBER_2026);
			// when
			var reachable = Audits.byId(auditor.audit(site.url("localhost", "/"), Audits.FAUBOURG)).get(CheckIds.REACHABLE);
			// then
			assertThat(reachable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(reachable.evidenceKey()).isEqualTo("webaudit.evidence.reachable.TLS");
		}
	}

	private static javax.net.ssl.SSLContext defaultTls() {
		try {
			return javax.net.ssl.SSLContext.getDefault();
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
