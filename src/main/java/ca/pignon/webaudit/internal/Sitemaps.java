package ca.pignon.webaudit.internal;

import java.net.URI;
import java.net.URL;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;

/**
 * Reads a sitemap with crawler-commons' parser: an XML list of pages ({@code <urlset>}), an index of sitemaps
 * ({@code <sitemapindex>}, as WordPress, Shopify and Wix publish), a text file of addresses, any of them gzipped
 * (inflated here under the audit's size cap, before the parser sees it).
 */
final class Sitemaps {

	enum Kind {

		PAGES, INDEX, TEXT, INVALID

	}

	/**
	 * @param count the pages listed, or for an index its sitemaps
	 * @param children for an index, the sitemaps it lists
	 */
	record Reading(Kind kind, int count, List<URI> children) {

		static final Reading INVALID = new Reading(Kind.INVALID, 0, List.of());

	}

	private Sitemaps() {
	}

	static Reading read(Answer answer, URI address, int maxBytes) {
		byte[] content = Compression.inflateIfGzipped(answer.body(), maxBytes);
		if (content == null) {
			return Reading.INVALID;
		}
		String type = looksLikeXml(content) ? "application/xml" : "text/plain";
		try {
			URL url = address.toURL();
			AbstractSiteMap map = parse(type, content, url);
			if (map instanceof SiteMapIndex index) {
				List<URI> children = index.getSitemaps()
					.stream()
					.map(child -> Crawler.toUri(child.getUrl().toString()))
					.flatMap(java.util.Optional::stream)
					.toList();
				return new Reading(Kind.INDEX, children.size(), children);
			}
			if (map instanceof SiteMap pages) {
				int count = pages.getSiteMapUrls().size();
				if (type.equals("text/plain")) {
					return count == 0 ? Reading.INVALID : new Reading(Kind.TEXT, count, List.of());
				}
				return new Reading(Kind.PAGES, count, List.of());
			}
			return Reading.INVALID;
		}
		catch (Exception ex) {
			// not a sitemap the parser can read (HTML, broken XML, an unknown format): the check says so
			return Reading.INVALID;
		}
	}

	/**
	 * crawler-commons asks {@code SAXParserFactory.newInstance()} for a parser on each parse, and that looks for
	 * providers through the thread's class loader: on an application's class path (some 270 jars), a search of every
	 * jar, each time. None of them provides one ({@code SitemapsTests} checks), so the search always ends on the JDK's
	 * own parser: the thread's class loader is set to the platform's for the parse, which finds that same parser at
	 * once.
	 */
	private static AbstractSiteMap parse(String type, byte[] content, URL url) throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader before = thread.getContextClassLoader();
		thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
		try {
			return new SiteMapParser(false).parseSiteMap(type, content, url);
		}
		finally {
			thread.setContextClassLoader(before);
		}
	}

	private static boolean looksLikeXml(byte[] content) {
		for (int i = 0; i < content.length; i++) {
			int b = content[i] & 0xff;
			if (b == '<') {
				return true;
			}
			if (!Character.isWhitespace(b) && b != 0xef && b != 0xbb && b != 0xbf) {
				return false;
			}
		}
		return false;
	}

}
