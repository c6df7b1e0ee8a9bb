package ca.pignon.webaudit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.TestCertificate;

/**
 * Auditors for the engine tests, without Spring: the test sites' hosts allowed (or not), the test certificate
 * trusted, and a clock in November 2026.
 */
final class Audits {

	static final Clock NOVEMBER_2026 = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZoneOffset.UTC);

	/** What the Boulangerie du Faubourg registered: its address, phone and social profiles. */
	static final AuditSubject FAUBOURG = new AuditSubject("1234", "rue Saint-Jean", "418 555-0123",
			List.of("facebook.com/boulangeriedufaubourg", "https://www.instagram.com/boulangeriedufaubourg"));

	private Audits() {
	}

	static Auditor allowingLoopback() {
		return with(WebAuditSettings.defaults().allowing("127.0.0.1:*", "localhost:*"));
	}

	static Auditor with(WebAuditSettings settings) {
		return new Auditor(settings, Resolver.SYSTEM, TestCertificate.trusted(), NOVEMBER_2026);
	}

	static Auditor with(WebAuditSettings settings, Resolver resolver) {
		return new Auditor(settings, resolver, TestCertificate.trusted(), NOVEMBER_2026);
	}

	/** The findings by check id, in order. */
	static Map<String, Finding> byId(Auditor.Outcome outcome) {
		Map<String, Finding> findings = new LinkedHashMap<>();
		outcome.findings().forEach(finding -> findings.put(finding.id(), finding));
		return findings;
	}

	static Map<String, CheckStatus> statuses(Auditor.Outcome outcome) {
		Map<String, CheckStatus> statuses = new LinkedHashMap<>();
		outcome.findings().forEach(finding -> statuses.put(finding.id(), finding.status()));
		return statuses;
	}

	static List<String> allIds() {
		return CheckIds.ALL;
	}

}
