package ca.pignon.webaudit.internal;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complete storefront site, the Boulangerie du Faubourg, served over https on loopback with http redirecting to it:
 * every check passes, each with the evidence that made it pass.
 */
class CompleteSiteTests {

	FixtureSite secure;

	FixtureSite plain;

	Map<String, Finding> findings;

	@BeforeEach
	void auditTheSiteFromItsHttpAddress() {
		// given
		secure = FixtureSite.https("complete");
		plain = FixtureSite.http("complete").redirect("/", secure.url("localhost", "/"));
		// when
		findings = Audits.byId(Audits.allowingLoopback().audit(plain.url("/"), Audits.FAUBOURG));
	}

	@AfterEach
	void stopTheSites() {
		secure.close();
		plain.close();
	}

	@Test
	void passesEveryCheck() {
		assertThat(findings.keySet()).containsExactlyElementsOf(CheckIds.ALL);
		assertThat(findings.values()).allSatisfy(finding -> assertThat(finding.status()).as(finding.toString())
			.isEqualTo(CheckStatus.PASS));
	}

	@Test
	void reachesTheHttpsHomePageThroughTheRedirectFromHttp() {
		assertThat(findings.get(CheckIds.REACHABLE).arguments()).containsExactly(secure.url("localhost", "/"), "200",
				"1");
		assertThat(findings.get(CheckIds.HTTPS).evidenceKey()).isEqualTo("webaudit.evidence.https.redirected");
		assertThat(findings.get(CheckIds.HTTPS).arguments()).containsExactly(plain.url("/"),
				secure.url("localhost", "/"));
	}

	@Test
	void quotesTheTitleAndDescription() {
		assertThat(findings.get(CheckIds.TITLE).arguments().get(0))
			.isEqualTo("Boulangerie du Faubourg – pains au levain, Saint-Jean-Baptiste, Québec");
		assertThat(findings.get(CheckIds.META_DESCRIPTION).arguments().get(0)).startsWith("Boulangerie artisanale");
		assertThat(findings.get(CheckIds.LANG).arguments()).containsExactly("fr-CA");
		assertThat(findings.get(CheckIds.OPEN_GRAPH).arguments().get(0)).contains("og:title", "og:image");
	}

	@Test
	void findsTheRegisteredAddressWrittenWithAbbreviationsAndThePhoneInAnotherFormat() {
		// the footer says "1234, r. St-Jean" and "+1 418-555-0123"; the application says "1234 rue Saint-Jean" and
		// "418 555-0123"
		assertThat(findings.get(CheckIds.NAP_CONSISTENCY).evidenceKey()).isEqualTo("webaudit.evidence.nap.allFound");
		assertThat(findings.get(CheckIds.LOCAL_BUSINESS_DATA).arguments()).containsExactly("Bakery");
	}

	@Test
	void seesTheHoursTheWaysToWriteAndTheSocialProfiles() {
		assertThat(findings.get(CheckIds.OPENING_HOURS).arguments().get(1)).startsWith("Lundi");
		assertThat(findings.get(CheckIds.CONTACT).arguments().get(0)).contains("tel:", "mailto:", "form",
				"contact-page");
		assertThat(findings.get(CheckIds.SOCIAL_LINKS).arguments().get(0)).contains("facebook.com/boulangeriedufaubourg",
				"instagram.com/boulangeriedufaubourg");
	}

	@Test
	void asksForThePrivacyPolicyBecauseOfTheFormAndTheAnalyticsAndFindsIt() {
		assertThat(findings.get(CheckIds.PRIVACY_POLICY).arguments().get(0)).contains("form", "Google Analytics");
	}

	@Test
	void recognisesTheBookingPlatformAndACurrentCopyright() {
		assertThat(findings.get(CheckIds.ONLINE_SALES).arguments()).containsExactly("Libro");
		assertThat(findings.get(CheckIds.FRESHNESS).arguments().get(1)).isEqualTo("2026");
	}

	@Test
	void weighsThePageWithItsResourcesAndChecksTheLinksSitemapAndIcon() {
		// 80 kB photo + 3 kB logo + 1 kB decoration + the style sheet, and the page itself
		assertThat(Integer.parseInt(findings.get(CheckIds.PAGE_WEIGHT).arguments().get(0))).isBetween(85, 95);
		assertThat(findings.get(CheckIds.PAGE_WEIGHT).arguments().get(2)).isEqualTo("4");
		assertThat(findings.get(CheckIds.BROKEN_LINKS).arguments()).containsExactly("3");
		assertThat(findings.get(CheckIds.SITEMAP).arguments().get(1)).isEqualTo("4");
		assertThat(findings.get(CheckIds.IMAGE_ALT).arguments()).containsExactly("3");
	}

	@Test
	void identifiesItselfToTheSite() {
		assertThat(secure.requests()).isNotEmpty()
			.allSatisfy(request -> assertThat(request.userAgent()).startsWith("PignonAudit/"));
	}

	@Test
	void readsOnlyTheHomePageRobotsSitemapAndAFewPagesAndResources() {
		assertThat(secure.requests()).extracting(FixtureSite.Seen::path)
			.containsExactlyInAnyOrder("/", "/robots.txt", "/sitemap.xml", "/a-propos", "/contact", "/confidentialite",
					"/favicon.ico", "/css/style.css", "/img/logo.png", "/img/vitrine.jpg", "/img/decor.png");
	}

}
