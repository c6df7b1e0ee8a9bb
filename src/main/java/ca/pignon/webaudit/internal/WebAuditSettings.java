package ca.pignon.webaudit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds of an audit and the thresholds of its checks (see docs/webaudit.md).
 *
 * @param allowedHosts hosts fetched despite the address rules (tests, local evaluation; empty in production), each
 *     as {@code host} (on the allowed ports only), {@code host:port} (that port only) or {@code host:*} (any port);
 *     an IPv6 address in brackets ({@code [::1]:8080})
 * @param allowedPorts the only ports other hosts may use
 * @param maxRedirects redirects followed per request before giving up
 * @param maxBodyBytes bytes read of one answer; reading stops beyond
 * @param connectTimeout to open a connection
 * @param requestTimeout for one request, answer included
 * @param totalTimeout for a whole audit; requests left are not made
 * @param maxPages pages read in full besides the home page, robots.txt and sitemap.xml
 * @param maxLinkChecks further internal links checked (HEAD) for broken links
 * @param maxResources images, scripts and style sheets of the home page counted in its weight
 * @param concurrency audits that run at the same time; others wait for a place up to the total timeout
 * @param userAgent sent with every request, so that site owners know who reads them
 * @param pageWeightWarnBytes weight of the home page and its resources above which the check warns
 * @param pageWeightFailBytes weight above which it fails
 * @param staleCopyrightYears a copyright year this many years old or more is a sign of neglect
 * @param forbiddenRanges address ranges (CIDR) the audit refuses besides IANA's special-purpose ones, such as the
 *     operator's own networks
 */
@ConfigurationProperties("pignon.webaudit")
public record WebAuditSettings(@DefaultValue("") List<String> allowedHosts,
		@DefaultValue({ "80", "443", "8080", "8443" }) Set<Integer> allowedPorts, @DefaultValue("5") int maxRedirects,
		@DefaultValue("2097152") int maxBodyBytes, @DefaultValue("5s") Duration connectTimeout,
		@DefaultValue("10s") Duration requestTimeout, @DefaultValue("30s") Duration totalTimeout,
		@DefaultValue("5") int maxPages, @DefaultValue("10") int maxLinkChecks, @DefaultValue("10") int maxResources,
		@DefaultValue("4") int concurrency,
		@DefaultValue("PignonAudit/1.0 (+https://github.com/pignon; audit de presence web)") String userAgent,
		@DefaultValue("1500000") long pageWeightWarnBytes, @DefaultValue("3000000") long pageWeightFailBytes,
		@DefaultValue("3") int staleCopyrightYears, @DefaultValue("") List<String> forbiddenRanges) {

	public WebAuditSettings {
		allowedHosts = allowedHosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
		// an entry the operator mistyped stops the start-up
		allowedHosts.forEach(entry -> {
			String port = AllowedHost.parse(entry).port();
			if (port != null && !port.equals("*") && !port.matches("\\d{1,5}")) {
				throw new IllegalArgumentException("pignon.webaudit.allowed-hosts: no port in " + entry);
			}
		});
		allowedPorts = Set.copyOf(allowedPorts);
		forbiddenRanges = forbiddenRanges.stream().map(String::strip).filter(range -> !range.isEmpty()).toList();
		// a range the operator mistyped stops the start-up rather than letting addresses through
		forbiddenRanges.forEach(AddressRange::parse);
	}

	public static WebAuditSettings defaults() {
		return new WebAuditSettings(List.of(), Set.of(80, 443, 8080, 8443), 5, 2_097_152, Duration.ofSeconds(5),
				Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 10, 10, 4,
				"PignonAudit/1.0 (+https://github.com/pignon; audit de presence web)", 1_500_000, 3_000_000, 3, List.of());
	}

	public WebAuditSettings allowing(String... hosts) {
		return new WebAuditSettings(List.of(hosts), allowedPorts, maxRedirects, maxBodyBytes, connectTimeout,
				requestTimeout, totalTimeout, maxPages, maxLinkChecks, maxResources, concurrency, userAgent,
				pageWeightWarnBytes, pageWeightFailBytes, staleCopyrightYears, forbiddenRanges);
	}

	public WebAuditSettings withTimeouts(Duration request, Duration total) {
		return new WebAuditSettings(allowedHosts, allowedPorts, maxRedirects, maxBodyBytes, connectTimeout, request,
				total, maxPages, maxLinkChecks, maxResources, concurrency, userAgent, pageWeightWarnBytes,
				pageWeightFailBytes, staleCopyrightYears, forbiddenRanges);
	}

	public WebAuditSettings withConcurrency(int audits) {
		return new WebAuditSettings(allowedHosts, allowedPorts, maxRedirects, maxBodyBytes, connectTimeout,
				requestTimeout, totalTimeout, maxPages, maxLinkChecks, maxResources, audits, userAgent,
				pageWeightWarnBytes, pageWeightFailBytes, staleCopyrightYears, forbiddenRanges);
	}

	/** The operator's forbidden ranges, besides IANA's. */
	List<AddressRange> forbidden() {
		return forbiddenRanges.stream().map(AddressRange::parse).toList();
	}

	public WebAuditSettings forbidding(String... ranges) {
		return new WebAuditSettings(allowedHosts, allowedPorts, maxRedirects, maxBodyBytes, connectTimeout,
				requestTimeout, totalTimeout, maxPages, maxLinkChecks, maxResources, concurrency, userAgent,
				pageWeightWarnBytes, pageWeightFailBytes, staleCopyrightYears, List.of(ranges));
	}

	/** Whether this host, on this port, is fetched despite the address rules. */
	boolean allows(String host, int port) {
		String name = host.toLowerCase(Locale.ROOT);
		return allowedHosts.stream().map(AllowedHost::parse).anyMatch(allowed -> allowed.matches(name, port, allowedPorts));
	}

	/** One entry of {@code allowed-hosts}: a host and its port, any port ({@code *}) or the allowed ports (none). */
	record AllowedHost(String host, @org.jspecify.annotations.Nullable String port) {

		static AllowedHost parse(String entry) {
			if (entry.startsWith("[")) {
				int end = entry.indexOf(']');
				String rest = entry.substring(end + 1);
				return new AllowedHost(entry.substring(1, end), rest.startsWith(":") ? rest.substring(1) : null);
			}
			int colon = entry.lastIndexOf(':');
			if (colon < 0 || entry.indexOf(':') != colon) {
				// a name, an IPv4 address, or a bare IPv6 address (its colons are not a port)
				return new AllowedHost(entry, null);
			}
			return new AllowedHost(entry.substring(0, colon), entry.substring(colon + 1));
		}

		boolean matches(String name, int requested, Set<Integer> allowedPorts) {
			if (!host.equals(name)) {
				return false;
			}
			if (port == null) {
				return allowedPorts.contains(requested);
			}
			return port.equals("*") || port.equals(Integer.toString(requested));
		}

	}

}
