package ca.pignon.diagnostic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.AnswerHint;
import ca.pignon.diagnostic.DiagnosticHints;
import ca.pignon.shared.ApplicationId;
import ca.pignon.webaudit.AuditCheck;
import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAudit;
import ca.pignon.webaudit.WebAuditManagement;

/**
 * The latest web audit of the merchant's site, read as suggested answers: what a customer sees on the site answers
 * some questions of the shipped bank (does the site show on a phone, with the padlock, the hours…). Only what the
 * audit establishes is suggested; a question it cannot settle (a site updated this month or this year?) gets none.
 * The questions are those of the bank whose {@code auditCheck} names these checks; a bank without them simply gets
 * fewer suggestions (the diagnostic drops any suggestion that is not a valid answer of its bank).
 */
@Component
class WebAuditHints implements DiagnosticHints {

	/** Booking and appointment platforms among those the audit recognizes; the others sell or take orders. */
	static final Set<String> BOOKING_PLATFORMS = Set.of("libro", "resto-réso", "opentable", "fresha", "booksy",
			"calendly", "acuity", "mindbody", "vagaro");

	static final Map<String, String> SOCIAL_NETWORKS = Map.of("facebook.com", "facebook", "fb.com", "facebook",
			"instagram.com", "instagram", "tiktok.com", "tiktok", "linkedin.com", "linkedin");

	private final WebAuditManagement audits;

	WebAuditHints(WebAuditManagement audits) {
		this.audits = audits;
	}

	@Override
	public List<AnswerHint> hintsFor(ApplicationId application, Locale locale) {
		return audits.latestFor(application, locale).map(WebAuditHints::hints).orElse(List.of());
	}

	static List<AnswerHint> hints(WebAudit audit) {
		List<AnswerHint> hints = new ArrayList<>();
		single(audit, "web-has-site", CheckIds.REACHABLE, status -> status == CheckStatus.PASS ? "yes" : null)
			.ifPresent(hints::add);
		single(audit, "web-mobile", CheckIds.MOBILE_VIEWPORT, WebAuditHints::yesPartlyNo).ifPresent(hints::add);
		single(audit, "web-https", CheckIds.HTTPS, status -> status == CheckStatus.FAIL ? "no"
				: status == CheckStatus.PASS || status == CheckStatus.WARN ? "yes" : null)
			.ifPresent(hints::add);
		// a copyright year two or more years old says the site was not updated this year; a current one proves nothing
		single(audit, "web-updated", CheckIds.FRESHNESS,
				status -> status == CheckStatus.FAIL || status == CheckStatus.WARN ? "older" : null)
			.ifPresent(hints::add);
		single(audit, "vis-same-details", CheckIds.NAP_CONSISTENCY, status -> switch (status) {
			case PASS -> "yes";
			case WARN -> "mostly";
			case FAIL -> "no";
			case NOT_APPLICABLE -> null;
		}).ifPresent(hints::add);
		websiteContent(audit).ifPresent(hints::add);
		onlineSales(audit).ifPresent(hints::add);
		socialAccounts(audit).ifPresent(hints::add);
		passed(audit, CheckIds.PRIVACY_POLICY)
			.map(check -> new AnswerHint("sec-privacy-law", List.of("policy"), check.evidence()))
			.ifPresent(hints::add);
		return hints;
	}

	private static Optional<AnswerHint> single(WebAudit audit, String question, String checkId,
			Function<CheckStatus, String> answer) {
		return audit.check(checkId).flatMap(check -> Optional.ofNullable(answer.apply(check.status()))
			.map(value -> new AnswerHint(question, List.of(value), check.evidence())));
	}

	private static String yesPartlyNo(CheckStatus status) {
		return switch (status) {
			case PASS -> "yes";
			case WARN -> "partly";
			case FAIL -> "no";
			case NOT_APPLICABLE -> null;
		};
	}

	/** What the site was seen to show: hours, the address (as registered), a phone or email, a privacy policy. */
	private static Optional<AnswerHint> websiteContent(WebAudit audit) {
		List<String> values = new ArrayList<>();
		List<String> evidence = new ArrayList<>();
		for (String[] pair : new String[][] { { CheckIds.OPENING_HOURS, "hours" }, { CheckIds.NAP_CONSISTENCY, "address" },
				{ CheckIds.CONTACT, "contact" }, { CheckIds.PRIVACY_POLICY, "privacy" } }) {
			passed(audit, pair[0]).ifPresent(check -> {
				values.add(pair[1]);
				evidence.add(check.evidence());
			});
		}
		return values.isEmpty() ? Optional.empty()
				: Optional.of(new AnswerHint("web-content", values, String.join(" ", evidence)));
	}

	private static Optional<AnswerHint> onlineSales(WebAudit audit) {
		return passed(audit, CheckIds.ONLINE_SALES).map(check -> {
			String found = check.evidence().toLowerCase(Locale.ROOT);
			boolean booking = BOOKING_PLATFORMS.stream().anyMatch(found::contains);
			return new AnswerHint("sales-online", List.of(booking ? "booking" : "store"), check.evidence());
		});
	}

	/** The networks the site links to, when it links to every profile given (the check lists those links). */
	private static Optional<AnswerHint> socialAccounts(WebAudit audit) {
		return passed(audit, CheckIds.SOCIAL_LINKS).flatMap(check -> {
				String found = check.evidence().toLowerCase(Locale.ROOT);
				List<String> networks = SOCIAL_NETWORKS.entrySet()
					.stream()
					.filter(network -> found.contains(network.getKey()))
					.map(Map.Entry::getValue)
					.distinct()
					.sorted()
					.toList();
				return networks.isEmpty() ? Optional.empty()
						: Optional.of(new AnswerHint("soc-accounts", networks, check.evidence()));
			});
	}

	private static Optional<AuditCheck> passed(WebAudit audit, String checkId) {
		return audit.check(checkId).filter(check -> check.status() == CheckStatus.PASS);
	}

}
