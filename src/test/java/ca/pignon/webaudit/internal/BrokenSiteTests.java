package ca.pignon.webaudit.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A neglected hardware store's site: pages that answer 404 and 500, no robots.txt, sitemap or icon, a heavy photo, a
 * newsletter form without privacy policy, a 2019 copyright, half-done tags and structured data.
 */
class BrokenSiteTests {

	static final AuditSubject QUINCAILLERIE = new AuditSubject("455", "boulevard Charest Ouest", "418 555-0100",
			List.of("https://facebook.com/quincailleriestsauveur", "instagram.com/quincailleriestsauveur"));

	static FixtureSite site;

	static Map<String, Finding> findings;

	@BeforeAll
	static void auditTheSite() {
		// given
		site = FixtureSite.http("broken").status("/contact", 500).route("/img/facade.jpg", exchange -> {
			byte[] photo = new byte[1_600_000];
			exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
			exchange.sendResponseHeaders(200, photo.length);
			exchange.getResponseBody().write(photo);
		});
		// when
		findings = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), QUINCAILLERIE));
	}

	@AfterAll
	static void stopTheSite() {
		site.close();
	}

	@Test
	void listsTheBrokenInternalLinks() {
		Finding broken = findings.get(CheckIds.BROKEN_LINKS);
		assertThat(broken.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(broken.arguments().subList(0, 2)).containsExactly("3", "4");
		assertThat(broken.arguments().get(2)).contains("/menu (404)", "/contact (500)", "/vieille-page (404)")
			.doesNotContain("/a-propos");
	}

	@Test
	void failsTheMissingIconAndSitemapButNotTheMissingRobotsTxt() {
		assertThat(findings.get(CheckIds.FAVICON).status()).isEqualTo(CheckStatus.FAIL);
		assertThat(findings.get(CheckIds.FAVICON).arguments()).containsExactly(site.url("/icone.png"), "404");
		assertThat(findings.get(CheckIds.SITEMAP).status()).isEqualTo(CheckStatus.FAIL);
		assertThat(findings.get(CheckIds.INDEXABLE).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void warnsAboutHalfDoneTags() {
		assertThat(findings.get(CheckIds.TITLE).evidenceKey()).isEqualTo("webaudit.evidence.title.generic");
		assertThat(findings.get(CheckIds.META_DESCRIPTION).evidenceKey())
			.isEqualTo("webaudit.evidence.description.short");
		assertThat(findings.get(CheckIds.MOBILE_VIEWPORT).evidenceKey()).isEqualTo("webaudit.evidence.viewport.fixed");
		assertThat(findings.get(CheckIds.LANG).evidenceKey()).isEqualTo("webaudit.evidence.lang.invalid");
		assertThat(findings.get(CheckIds.OPEN_GRAPH).evidenceKey()).isEqualTo("webaudit.evidence.openGraph.lacking");
		assertThat(List.of(CheckIds.TITLE, CheckIds.META_DESCRIPTION, CheckIds.MOBILE_VIEWPORT, CheckIds.LANG,
				CheckIds.OPEN_GRAPH)).allSatisfy(id -> assertThat(findings.get(id).status()).isEqualTo(CheckStatus.WARN));
	}

	@Test
	void warnsAboutStructuredDataWithoutHoursIgnoringTheInvalidBlock() {
		Finding data = findings.get(CheckIds.LOCAL_BUSINESS_DATA);
		assertThat(data.status()).isEqualTo(CheckStatus.WARN);
		assertThat(data.arguments()).containsExactly("HardwareStore", "openingHours");
		assertThat(findings.get(CheckIds.OPENING_HOURS).status()).isEqualTo(CheckStatus.FAIL);
	}

	@Test
	void findsTheAddressWrittenDifferentlyButNotAPhoneOtherThanTheRegisteredOne() {
		// the site says "455 boulevard Charest O." and 418 555 0199; the application 455 boulevard Charest Ouest and
		// 418 555-0100
		Finding nap = findings.get(CheckIds.NAP_CONSISTENCY);
		assertThat(nap.status()).isEqualTo(CheckStatus.WARN);
		assertThat(nap.arguments()).containsExactly("455 boulevard Charest Ouest", "418 555-0100");
	}

	@Test
	void warnsAboutAFormWithoutPhoneAndASingleSocialLink() {
		assertThat(findings.get(CheckIds.CONTACT).status()).isEqualTo(CheckStatus.WARN);
		assertThat(findings.get(CheckIds.SOCIAL_LINKS).status()).isEqualTo(CheckStatus.WARN);
		assertThat(findings.get(CheckIds.SOCIAL_LINKS).arguments()).containsExactly(
				"https://facebook.com/quincailleriestsauveur", "instagram.com/quincailleriestsauveur");
	}

	@Test
	void warnsAboutOneImageOfThreeWithoutTextAndAPageOverOneAndAHalfMegabytes() {
		assertThat(findings.get(CheckIds.IMAGE_ALT).status()).isEqualTo(CheckStatus.WARN);
		assertThat(findings.get(CheckIds.IMAGE_ALT).arguments()).containsExactly("1", "3", "/img/outils.jpg");
		assertThat(findings.get(CheckIds.PAGE_WEIGHT).status()).isEqualTo(CheckStatus.WARN);
		assertThat(Integer.parseInt(findings.get(CheckIds.PAGE_WEIGHT).arguments().get(0))).isGreaterThan(1600);
	}

	@Test
	void failsThePrivacyPolicyRequiredByTheNewsletterForm() {
		assertThat(findings.get(CheckIds.PRIVACY_POLICY).status()).isEqualTo(CheckStatus.FAIL);
		assertThat(findings.get(CheckIds.PRIVACY_POLICY).arguments()).containsExactly("form");
	}

	@Test
	void seesNoOnlineSalesAndASevenYearOldCopyright() {
		assertThat(findings.get(CheckIds.ONLINE_SALES).status()).isEqualTo(CheckStatus.WARN);
		assertThat(findings.get(CheckIds.FRESHNESS).status()).isEqualTo(CheckStatus.FAIL);
		assertThat(findings.get(CheckIds.FRESHNESS).arguments()).containsExactly("Copyright 2019", "2019", "7");
	}

}
