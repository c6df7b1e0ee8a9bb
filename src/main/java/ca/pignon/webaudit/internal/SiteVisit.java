package ca.pignon.webaudit.internal;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;

/**
 * Everything read of a site during one audit, for the checks to judge.
 *
 * @param home the home page, redirects followed
 * @param document the home page parsed, when it was reached
 * @param httpRedirectsToHttps for an https address without port: whether http:// on the same host redirects to
 *     https; empty when not asked
 * @param pages the linked pages read in full
 * @param linkChecks further internal links, only checked
 * @param favicon the icon's address and whether it answered
 * @param robotsTxt robots.txt read, when it answered
 * @param sitemapRead the sitemap read, when it answered
 * @param resources images, scripts and style sheets of the home page that were weighed
 */
record SiteVisit(URI start, Fetched home, @Nullable Document document, Optional<Boolean> httpRedirectsToHttps,
		@Nullable Fetched robots, @Nullable RobotsTxt robotsTxt, @Nullable Fetched sitemap, @Nullable Sitemap sitemapRead,
		List<Page> pages, List<Fetched> linkChecks, @Nullable Fetched favicon, List<Fetched> resources) {

	/**
	 * The sitemap as read; for an index, its first sitemap (null when it is not on the site or was not read).
	 */
	record Sitemap(Sitemaps.Reading reading, @Nullable Fetched child, Sitemaps.@Nullable Reading childReading) {
	}

	record Page(URI uri, Fetched fetched, @Nullable Document document) {
	}

	boolean reached() {
		return document != null;
	}

	/** The home page and the linked pages read, parsed. */
	List<Document> documents() {
		var all = new java.util.ArrayList<Document>();
		if (document != null) {
			all.add(document);
		}
		pages.stream().map(Page::document).filter(java.util.Objects::nonNull).forEach(all::add);
		return all;
	}

}
