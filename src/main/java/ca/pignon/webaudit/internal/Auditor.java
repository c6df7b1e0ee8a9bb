package ca.pignon.webaudit.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;

import org.jsoup.nodes.Document;

import ca.pignon.platform.Dates;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

/**
 * Runs one audit: reads the site within the bounds, then makes every check in the order of {@link CheckIds#ALL}.
 * Without Spring, so that tests and the benchmark build it directly.
 */
public final class Auditor {

	private final AddressGuard guard;

	private final Crawler crawler;

	private final WebAuditSettings settings;

	private final Clock clock;

	public Auditor(WebAuditSettings settings, Resolver resolver, SSLContext tls, Clock clock) {
		this.settings = settings;
		this.clock = clock;
		this.guard = new AddressGuard(settings, resolver);
		this.crawler = new Crawler(new SafeFetcher(guard, new HttpFetch(settings, guard, tls), settings), settings);
	}

	/**
	 * The address an audit would start from, checked before any page is read: what a job checks when it is asked for,
	 * so that the person asking learns at once that it cannot run.
	 * @throws ca.pignon.webaudit.WebAuditRefused when the address itself may not be fetched
	 */
	public URI vetted(String typed) {
		URI start = AddressGuard.parse(typed);
		try {
			// an address refused from the start is the caller's mistake (400), not a finding about the site
			guard.vet(start);
		}
		catch (java.net.UnknownHostException ex) {
			// not refused: the audit reports the site unreachable
		}
		return start;
	}

	/** The outcome before translation. */
	public record Outcome(String url, String finalUrl, List<Finding> findings) {
	}

	/**
	 * @throws ca.pignon.webaudit.WebAuditRefused when the address itself may not be fetched
	 */
	public Outcome audit(String typed, AuditSubject subject) {
		URI start = vetted(typed);
		SiteVisit visit = crawler.visit(start);
		List<Finding> findings = new ArrayList<>();
		findings.add(SiteChecks.reachable(visit));
		Document home = visit.document();
		if (home == null) {
			CheckIds.ALL.stream()
				.skip(1)
				.forEach(id -> findings.add(Finding.of(id, CheckStatus.NOT_APPLICABLE, "notReached")));
			return new Outcome(start.toString(), visit.home().finalUri().toString(), findings);
		}
		List<Document> documents = visit.documents();
		findings.add(SiteChecks.https(visit));
		findings.add(PageChecks.viewport(home));
		findings.add(PageChecks.title(home));
		findings.add(PageChecks.description(home));
		findings.add(PageChecks.lang(home));
		findings.add(PageChecks.openGraph(home));
		findings.add(BusinessChecks.localBusinessData(documents));
		findings.add(BusinessChecks.napConsistency(documents, subject));
		findings.add(BusinessChecks.openingHours(documents));
		findings.add(BusinessChecks.contact(documents));
		findings.add(BusinessChecks.socialLinks(documents, subject));
		findings.add(SiteChecks.favicon(visit));
		findings.add(PageChecks.imageAlt(documents));
		findings.add(SiteChecks.pageWeight(visit, settings));
		findings.add(SiteChecks.brokenLinks(visit));
		findings.add(SiteChecks.sitemap(visit));
		findings.add(SiteChecks.indexable(visit, home));
		findings.add(BusinessChecks.privacyPolicy(documents));
		findings.add(BusinessChecks.onlineSales(documents));
		findings.add(BusinessChecks.freshness(documents, Year.now(clock.withZone(Dates.PROGRAM_ZONE)),
				settings.staleCopyrightYears()));
		return new Outcome(start.toString(), visit.home().finalUri().toString(), findings);
	}

}
