package ca.pignon.webaudit.internal;

import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.FixtureSite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A florist's site hidden from search engines, in each of the three ways that happen: robots.txt, a robots meta tag,
 * an X-Robots-Tag header.
 */
class RobotsTests {

	@Test
	void failsASiteThatRobotsTxtClosesToEveryRobot() {
		try (FixtureSite site = FixtureSite.http("robots-hidden")) {
			// when
			var indexable = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.INDEXABLE);
			// then
			assertThat(indexable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(indexable.arguments()).containsExactly("robots.txt: Disallow: / (*)");
		}
	}

	@Test
	void failsAPageWithARobotsNoindexTag() {
		try (FixtureSite site = FixtureSite.http("bare")
			.html("/", "<html><head><meta name=\"robots\" content=\"noindex, nofollow\"></head><body></body></html>")) {
			// when
			var indexable = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.INDEXABLE);
			// then
			assertThat(indexable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(indexable.arguments().get(0)).contains("noindex");
		}
	}

	@Test
	void failsAPageServedWithAnXRobotsTagNoindex() {
		try (FixtureSite site = FixtureSite.http("bare").header("/", "X-Robots-Tag", "noindex")) {
			// when
			var indexable = Audits.byId(Audits.allowingLoopback().audit(site.url("/"), AuditSubject.none()))
				.get(CheckIds.INDEXABLE);
			// then
			assertThat(indexable.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(indexable.arguments()).containsExactly("X-Robots-Tag: noindex");
		}
	}

	@Test
	void readsWhichSearchRobotsRobotsTxtKeepsOut() {
		assertThat(RobotsTxt.agentsKeptOut("User-agent: *\nDisallow: /")).containsExactly("*");
		assertThat(RobotsTxt.agentsKeptOut("User-agent: Googlebot\nUser-agent: Bingbot\nDisallow: /\n"))
			.containsExactly("bingbot", "googlebot");
		assertThat(RobotsTxt.agentsKeptOut("User-agent: *\nDisallow: /admin\nDisallow: /panier")).isEmpty();
		assertThat(RobotsTxt.agentsKeptOut("User-agent: *\nDisallow: /\nAllow: /")).isEmpty();
		assertThat(RobotsTxt.agentsKeptOut("User-agent: GPTBot\nDisallow: /\n\nUser-agent: *\nDisallow:")).isEmpty();
		assertThat(RobotsTxt.agentsKeptOut("# closed while we build\nUser-agent: *   # all\nDisallow: /*"))
			.containsExactly("*");
	}

}
