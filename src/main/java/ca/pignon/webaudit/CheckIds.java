package ca.pignon.webaudit;

import java.util.List;

/**
 * The stable ids of the checks, in the order pages and the API list them (documented in docs/webaudit.md). Stored runs
 * and the diagnostic refer to checks by these ids: never rename one.
 */
public final class CheckIds {

	public static final String REACHABLE = "reachable";

	public static final String HTTPS = "https";

	public static final String MOBILE_VIEWPORT = "mobile-viewport";

	public static final String TITLE = "title";

	public static final String META_DESCRIPTION = "meta-description";

	public static final String LANG = "lang";

	public static final String OPEN_GRAPH = "open-graph";

	public static final String LOCAL_BUSINESS_DATA = "local-business-data";

	public static final String NAP_CONSISTENCY = "nap-consistency";

	public static final String OPENING_HOURS = "opening-hours";

	public static final String CONTACT = "contact";

	public static final String SOCIAL_LINKS = "social-links";

	public static final String FAVICON = "favicon";

	public static final String IMAGE_ALT = "image-alt";

	public static final String PAGE_WEIGHT = "page-weight";

	public static final String BROKEN_LINKS = "broken-links";

	public static final String SITEMAP = "sitemap";

	public static final String INDEXABLE = "indexable";

	public static final String PRIVACY_POLICY = "privacy-policy";

	public static final String ONLINE_SALES = "online-sales";

	public static final String FRESHNESS = "freshness";

	public static final List<String> ALL = List.of(REACHABLE, HTTPS, MOBILE_VIEWPORT, TITLE, META_DESCRIPTION, LANG,
			OPEN_GRAPH, LOCAL_BUSINESS_DATA, NAP_CONSISTENCY, OPENING_HOURS, CONTACT, SOCIAL_LINKS, FAVICON, IMAGE_ALT,
			PAGE_WEIGHT, BROKEN_LINKS, SITEMAP, INDEXABLE, PRIVACY_POLICY, ONLINE_SALES, FRESHNESS);

	private CheckIds() {
	}

}
