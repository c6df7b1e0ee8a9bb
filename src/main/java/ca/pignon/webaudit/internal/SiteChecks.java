package ca.pignon.webaudit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

/**
 * The checks about the site as a whole: reachable, https, icon, weight, broken links, sitemap, and whether robots
 * rules hide it from search engines.
 */
final class SiteChecks {

	private SiteChecks() {
	}

	static Finding reachable(SiteVisit visit) {
		Fetched home = visit.home();
		if (visit.reached()) {
			return Finding.of(CheckIds.REACHABLE, CheckStatus.PASS, "reachable.ok", home.finalUri(), home.status(),
					home.redirects().size());
		}
		if (home.answer() == null) {
			return Finding.of(CheckIds.REACHABLE, CheckStatus.FAIL, "reachable." + home.failure(), home.finalUri(),
					visit.start().getHost());
		}
		if (home.answer().isOk()) {
			return Finding.of(CheckIds.REACHABLE, CheckStatus.FAIL, "reachable.notHtml", home.finalUri(),
					home.answer().header("content-type").orElse("?"));
		}
		return Finding.of(CheckIds.REACHABLE, CheckStatus.FAIL, "reachable.status", home.finalUri(), home.status());
	}

	static Finding https(SiteVisit visit) {
		var home = visit.home();
		boolean secure = "https".equalsIgnoreCase(home.finalUri().getScheme());
		if (!secure) {
			return Finding.of(CheckIds.HTTPS, CheckStatus.FAIL, "https.plain", home.finalUri());
		}
		if ("http".equalsIgnoreCase(visit.start().getScheme())) {
			return Finding.of(CheckIds.HTTPS, CheckStatus.PASS, "https.redirected", visit.start(), home.finalUri());
		}
		return visit.httpRedirectsToHttps()
			.map(redirects -> redirects
					? Finding.of(CheckIds.HTTPS, CheckStatus.PASS, "https.redirected",
							"http://" + visit.start().getRawAuthority() + "/", home.finalUri())
					: Finding.of(CheckIds.HTTPS, CheckStatus.WARN, "https.noRedirect", visit.start().getHost()))
			.orElseGet(() -> Finding.of(CheckIds.HTTPS, CheckStatus.PASS, "https.servedOnly", home.finalUri()));
	}

	static Finding favicon(SiteVisit visit) {
		Fetched icon = visit.favicon();
		if (icon != null && icon.ok()) {
			return Finding.of(CheckIds.FAVICON, CheckStatus.PASS, "favicon.found", icon.requested());
		}
		return Finding.of(CheckIds.FAVICON, CheckStatus.FAIL, "favicon.missing",
				icon == null ? "/favicon.ico" : icon.requested(), icon == null ? "?" : icon.describe());
	}

	static Finding pageWeight(SiteVisit visit, WebAuditSettings settings) {
		Answer home = visit.home().answer();
		if (home.truncated()) {
			return Finding.of(CheckIds.PAGE_WEIGHT, CheckStatus.FAIL, "pageWeight.truncated",
					kilobytes(settings.maxBodyBytes()));
		}
		long resources = 0;
		int counted = 0;
		for (Fetched resource : visit.resources()) {
			if (resource.answer() != null && resource.answer().isOk()) {
				resources += resource.answer().weight();
				counted++;
			}
		}
		long total = home.weight() + resources;
		CheckStatus status = total > settings.pageWeightFailBytes() ? CheckStatus.FAIL
				: total > settings.pageWeightWarnBytes() ? CheckStatus.WARN : CheckStatus.PASS;
		return Finding.of(CheckIds.PAGE_WEIGHT, status, "pageWeight.total", kilobytes(total), kilobytes(home.weight()),
				counted);
	}

	static Finding brokenLinks(SiteVisit visit) {
		List<Fetched> checked = new ArrayList<>();
		visit.pages().forEach(page -> checked.add(page.fetched()));
		checked.addAll(visit.linkChecks());
		checked.removeIf(fetched -> fetched.failure() == Fetched.Failure.OUT_OF_TIME);
		if (checked.isEmpty()) {
			return Finding.of(CheckIds.BROKEN_LINKS, CheckStatus.NOT_APPLICABLE, "brokenLinks.none");
		}
		List<String> broken = checked.stream()
			.filter(fetched -> !fetched.ok())
			.map(fetched -> fetched.requested().getPath() + " (" + fetched.describe() + ")")
			.toList();
		if (broken.isEmpty()) {
			return Finding.of(CheckIds.BROKEN_LINKS, CheckStatus.PASS, "brokenLinks.allOk", checked.size());
		}
		return Finding.of(CheckIds.BROKEN_LINKS, CheckStatus.FAIL, "brokenLinks.broken", broken.size(), checked.size(),
				String.join(", ", broken.stream().limit(5).toList()));
	}

	static Finding sitemap(SiteVisit visit) {
		Fetched sitemap = visit.sitemap();
		SiteVisit.Sitemap read = visit.sitemapRead();
		if (sitemap == null || !sitemap.ok() || read == null) {
			return Finding.of(CheckIds.SITEMAP, CheckStatus.FAIL, "sitemap.missing",
					sitemap == null ? "/sitemap.xml" : sitemap.requested(), sitemap == null ? "?" : sitemap.describe());
		}
		Sitemaps.Reading reading = read.reading();
		return switch (reading.kind()) {
			case PAGES -> Finding.of(CheckIds.SITEMAP, CheckStatus.PASS, "sitemap.found", sitemap.requested(),
					reading.count());
			case TEXT -> Finding.of(CheckIds.SITEMAP, CheckStatus.PASS, "sitemap.text", sitemap.requested(),
					reading.count());
			case INVALID -> Finding.of(CheckIds.SITEMAP, CheckStatus.WARN, "sitemap.invalid", sitemap.requested());
			case INDEX -> index(sitemap, read);
		};
	}

	private static Finding index(Fetched sitemap, SiteVisit.Sitemap read) {
		Fetched child = read.child();
		if (read.reading().count() == 0) {
			return Finding.of(CheckIds.SITEMAP, CheckStatus.WARN, "sitemap.emptyIndex", sitemap.requested());
		}
		if (child == null) {
			return Finding.of(CheckIds.SITEMAP, CheckStatus.PASS, "sitemap.index", sitemap.requested(),
					read.reading().count());
		}
		Sitemaps.Reading first = read.childReading();
		if (!child.ok() || first == null || first.kind() == Sitemaps.Kind.INVALID) {
			return Finding.of(CheckIds.SITEMAP, CheckStatus.WARN, "sitemap.indexBroken", sitemap.requested(),
					read.reading().count(), child.requested(), child.ok() ? "?" : child.describe());
		}
		return Finding.of(CheckIds.SITEMAP, CheckStatus.PASS, "sitemap.indexRead", sitemap.requested(),
				read.reading().count(), child.requested(), first.count());
	}

	/**
	 * Whether rules hide the site from search engines, said plainly: the whole site (robots.txt closes the home page
	 * to any robot, Googlebot or Bingbot; a noindex tag or header on the home page): FAIL; some pages (robots.txt
	 * closes pages the home page links to): WARN when half of them or more, PASS otherwise; nothing: PASS.
	 */
	static Finding indexable(SiteVisit visit, Document document) {
		List<String> reasons = new ArrayList<>();
		RobotsTxt robots = visit.robotsTxt();
		if (robots != null) {
			List<String> agents = robots.agentsKeptOut();
			if (!agents.isEmpty()) {
				reasons.add("robots.txt: Disallow: / (" + String.join(", ", agents) + ")");
			}
		}
		for (Element meta : document.select("meta[name][content]")) {
			String name = meta.attr("name").toLowerCase(Locale.ROOT);
			if ((name.equals("robots") || name.equals("googlebot") || name.equals("bingbot"))
					&& noindex(meta.attr("content"))) {
				reasons.add("<meta name=\"" + name + "\" content=\"" + meta.attr("content") + "\">");
			}
		}
		for (String header : visit.home().answer().headers("x-robots-tag")) {
			if (noindex(header)) {
				reasons.add("X-Robots-Tag: " + header);
			}
		}
		if (!reasons.isEmpty()) {
			return Finding.of(CheckIds.INDEXABLE, CheckStatus.FAIL, "indexable.hidden", String.join(" ; ", reasons));
		}
		if (robots == null || robots.disallowed().isEmpty()) {
			return Finding.of(CheckIds.INDEXABLE, CheckStatus.PASS, "indexable.open");
		}
		String rules = String.join(", ", robots.disallowed().stream().limit(5).toList());
		List<java.net.URI> linked = Crawler.internalLinks(document, visit.home().finalUri());
		List<String> hidden = linked.stream()
			.filter(robots::hidesFromSomeRobot)
			.map(uri -> uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
			.toList();
		if (hidden.isEmpty()) {
			return Finding.of(CheckIds.INDEXABLE, CheckStatus.PASS, "indexable.someAddresses", rules);
		}
		CheckStatus status = hidden.size() * 2 >= linked.size() ? CheckStatus.WARN : CheckStatus.PASS;
		return Finding.of(CheckIds.INDEXABLE, status, "indexable.somePages", hidden.size(), linked.size(),
				String.join(", ", hidden.stream().limit(5).toList()), rules);
	}

	private static boolean noindex(String directives) {
		String lower = directives.toLowerCase(Locale.ROOT);
		return lower.contains("noindex") || lower.matches(".*\\bnone\\b.*");
	}

	private static String kilobytes(long bytes) {
		return String.valueOf(Math.round(bytes / 1000.0));
	}

}
