package ca.pignon.webaudit.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import crawlercommons.domains.EffectiveTldFinder;

/**
 * Reads a site as a visitor would, within bounds: the home page, robots.txt, sitemap.xml, a few linked pages (those
 * that most likely show contact details, hours and the privacy policy first), a bounded number of further internal
 * links, the icon and the home page's resources. Pages are parsed with jsoup: no script ever runs.
 */
final class Crawler {

	private static final Pattern USEFUL_PAGE = Pattern.compile(
			"contact|joindre|confidentialit|privacy|vie-priv|heure|horaire|hours|propos|about|reserv|boutique|shop",
			Pattern.CASE_INSENSITIVE);

	private final SafeFetcher fetcher;

	private final WebAuditSettings settings;

	Crawler(SafeFetcher fetcher, WebAuditSettings settings) {
		this.fetcher = fetcher;
		this.settings = settings;
	}

	SiteVisit visit(URI start) {
		Deadline deadline = Deadline.in(settings.totalTimeout());
		Fetched home = fetcher.get(start, deadline);
		if (!home.ok() || !isHtml(home.answer())) {
			return new SiteVisit(start, home, null, Optional.empty(), null, null, null, null, List.of(), List.of(), null,
					List.of());
		}
		URI base = home.finalUri();
		Document document = HtmlReading.parse(home.answer(), base.toString());
		Optional<Boolean> httpRedirect = httpRedirect(start, deadline);
		Fetched robots = fetcher.get(base.resolve("/robots.txt"), deadline);
		RobotsTxt robotsTxt = robots.ok() ? RobotsTxt.parse(robots.answer().text()) : null;
		Fetched sitemap = fetcher.get(sitemapAddress(base, robotsTxt), deadline);
		SiteVisit.Sitemap sitemapRead = readSitemap(sitemap, base, deadline);
		List<URI> internal = internalLinks(document, base);
		List<URI> ordered = new ArrayList<>(internal);
		ordered.sort(Comparator.comparing(uri -> USEFUL_PAGE.matcher(uri.toString()).find() ? 0 : 1));
		List<SiteVisit.Page> pages = new ArrayList<>();
		for (URI uri : ordered.subList(0, Math.min(settings.maxPages(), ordered.size()))) {
			Fetched page = fetcher.get(uri, deadline);
			Document parsed = page.ok() && isHtml(page.answer())
					? HtmlReading.parse(page.answer(), page.finalUri().toString()) : null;
			pages.add(new SiteVisit.Page(uri, page, parsed));
		}
		List<Fetched> checks = new ArrayList<>();
		List<URI> rest = ordered.subList(pages.size(), ordered.size());
		for (URI uri : rest.subList(0, Math.min(settings.maxLinkChecks(), rest.size()))) {
			checks.add(fetcher.head(uri, deadline));
		}
		Fetched favicon = fetcher.head(faviconAddress(document, base), deadline);
		List<Fetched> resources = new ArrayList<>();
		for (URI uri : resourceAddresses(document).stream().limit(settings.maxResources()).toList()) {
			resources.add(fetcher.get(uri, deadline));
		}
		return new SiteVisit(start, home, document, httpRedirect, robots, robotsTxt, sitemap, sitemapRead, pages, checks,
				favicon, resources);
	}

	/** For an https address on the default port, whether http:// on the same host sends visitors to https. */
	private Optional<Boolean> httpRedirect(URI start, Deadline deadline) {
		if (!"https".equalsIgnoreCase(start.getScheme()) || start.getPort() != -1) {
			return Optional.empty();
		}
		Fetched plain = fetcher.once(URI.create("http://" + start.getRawAuthority() + "/"), deadline);
		if (plain.answer() == null) {
			return Optional.of(false);
		}
		return Optional.of(plain.answer().isRedirect() && plain.answer()
			.header("location")
			.orElse("")
			.toLowerCase(Locale.ROOT)
			.startsWith("https://"));
	}

	private static URI sitemapAddress(URI base, @Nullable RobotsTxt robots) {
		if (robots != null) {
			for (String named : robots.sitemaps()) {
				try {
					URI uri = base.resolve(named.strip());
					if (uri.getHost() != null && sameSite(uri, base)) {
						return uri;
					}
				}
				catch (IllegalArgumentException ex) {
					// a malformed line: the usual address below
				}
			}
		}
		return base.resolve("/sitemap.xml");
	}

	/** The sitemap read; for an index, its first sitemap on the same site read too (one request more). */
	private SiteVisit.@Nullable Sitemap readSitemap(Fetched sitemap, URI base, Deadline deadline) {
		if (!sitemap.ok()) {
			return null;
		}
		Sitemaps.Reading reading = Sitemaps.read(sitemap.answer(), sitemap.finalUri(), settings.maxBodyBytes());
		if (reading.kind() != Sitemaps.Kind.INDEX) {
			return new SiteVisit.Sitemap(reading, null, null);
		}
		Optional<URI> first = reading.children().stream().filter(uri -> sameSite(uri, base)).findFirst();
		if (first.isEmpty()) {
			return new SiteVisit.Sitemap(reading, null, null);
		}
		Fetched child = fetcher.get(first.get(), deadline);
		Sitemaps.Reading childReading = child.ok()
				? Sitemaps.read(child.answer(), child.finalUri(), settings.maxBodyBytes()) : null;
		return new SiteVisit.Sitemap(reading, child, childReading);
	}

	static List<URI> internalLinks(Document document, URI base) {
		Set<URI> links = new LinkedHashSet<>();
		for (Element a : document.select("a[href]")) {
			toUri(a.absUrl("href")).filter(uri -> sameSite(uri, base))
				.map(Crawler::withoutFragment)
				.filter(uri -> !uri.equals(withoutFragment(base)) && !sameDocument(uri, base))
				.ifPresent(links::add);
		}
		return List.copyOf(links);
	}

	private static boolean sameDocument(URI uri, URI base) {
		String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
		String basePath = base.getPath() == null || base.getPath().isEmpty() ? "/" : base.getPath();
		return path.equals(basePath) && uri.getQuery() == null && base.getQuery() == null;
	}

	private static URI faviconAddress(Document document, URI base) {
		for (Element link : document.select("link[rel][href]")) {
			if (link.attr("rel").toLowerCase(Locale.ROOT).contains("icon")) {
				Optional<URI> uri = toUri(link.absUrl("href"));
				if (uri.isPresent()) {
					return uri.get();
				}
			}
		}
		return base.resolve("/favicon.ico");
	}

	private static List<URI> resourceAddresses(Document document) {
		Set<URI> addresses = new LinkedHashSet<>();
		document.select("link[rel=stylesheet][href]").forEach(e -> toUri(e.absUrl("href")).ifPresent(addresses::add));
		document.select("script[src]").forEach(e -> toUri(e.absUrl("src")).ifPresent(addresses::add));
		document.select("img[src]").forEach(e -> toUri(e.absUrl("src")).ifPresent(addresses::add));
		return List.copyOf(addresses);
	}

	static Optional<URI> toUri(String absolute) {
		if (absolute.isBlank()) {
			return Optional.empty();
		}
		try {
			URI uri = new URI(absolute.strip().replace(" ", "%20"));
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? Optional.of(uri)
					: Optional.empty();
		}
		catch (java.net.URISyntaxException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Two hosts are one site when they share the domain registered under a public suffix (crawler-commons' copy of the
	 * public suffix list): www.boulangerie.ca and boutique.boulangerie.ca are one site, but two shops on myshopify.com
	 * or two blogs on blogspot.com are not. A host under no known suffix (an IP address, localhost, .test) is its own
	 * site.
	 */
	static boolean sameSite(URI uri, URI base) {
		return uri.getHost() != null && base.getHost() != null && site(uri.getHost()).equals(site(base.getHost()));
	}

	private static String site(String host) {
		String lower = host.toLowerCase(Locale.ROOT);
		if (lower.startsWith("[") || lower.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
			return lower;
		}
		String registered = EffectiveTldFinder.getAssignedDomain(lower, true, false);
		return registered == null ? lower : registered;
	}

	private static URI withoutFragment(URI uri) {
		try {
			return new URI(uri.getScheme(), uri.getRawAuthority() == null ? null : uri.getAuthority(), uri.getPath(),
					uri.getQuery(), null);
		}
		catch (java.net.URISyntaxException ex) {
			return uri;
		}
	}

	private static boolean isHtml(Answer answer) {
		String type = answer.header("content-type").orElse("text/html").toLowerCase(Locale.ROOT);
		return type.contains("html") || type.contains("xml") || type.startsWith("text/plain");
	}

}
