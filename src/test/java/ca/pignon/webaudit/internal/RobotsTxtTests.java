package ca.pignon.webaudit.internal;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * robots.txt read as RFC 9309 says: the longest rule wins, Allow wins a tie, {@code $} ends a path, {@code *} matches
 * anything, and a robot follows its own group only.
 */
class RobotsTxtTests {

	@Test
	void anOpenHomePageUnderDisallowAllIsNotAHiddenSite() {
		// given: only the home page open (the case the hand-written reader called "site hidden")
		RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\nAllow: /$\n");
		// then
		assertThat(robots.agentsKeptOut()).isEmpty();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://fleuriste.ca/"))).isFalse();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://fleuriste.ca/contact"))).isTrue();
	}

	@Test
	void theLongestMatchingRuleWins() {
		RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /boutique\nAllow: /boutique/produits\n");
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/boutique/panier"))).isTrue();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/boutique/produits/pain"))).isFalse();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/contact"))).isFalse();
	}

	@Test
	void wildcardsMatchInsidePathsAndQueries() {
		RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?session=\n");
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/menu/carte.pdf"))).isTrue();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/menu/carte.pdf.html"))).isFalse();
		assertThat(robots.hidesFromSomeRobot(URI.create("https://a.ca/panier?session=12"))).isTrue();
		assertThat(robots.agentsKeptOut()).isEmpty();
	}

	@Test
	void aRobotWithItsOwnGroupIgnoresTheGeneralOne() {
		// given: everyone kept out, except Googlebot whose own group opens everything
		RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /\n\nUser-agent: Googlebot\nAllow: /\n");
		// then: the site is still hidden from every other robot (Bingbot included, which has no group of its own)
		assertThat(robots.agentsKeptOut()).containsExactly("*");
		assertThat(RobotsTxt.parse("User-agent: *\nDisallow:\n\nUser-agent: Bingbot\nDisallow: /\n").agentsKeptOut())
			.containsExactly("bingbot");
	}

	@Test
	void namesItsSitemapsRelativeOnesAsPaths() {
		RobotsTxt robots = RobotsTxt
			.parse("User-agent: *\nDisallow:\nSitemap: https://a.ca/sitemap_index.xml\nSitemap: /plan.xml\n");
		assertThat(robots.sitemaps()).contains("https://a.ca/sitemap_index.xml");
		assertThat(robots.disallowed()).isEmpty();
	}

}
