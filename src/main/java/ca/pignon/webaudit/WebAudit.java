package ca.pignon.webaudit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One run of the audit: the address asked for, the address finally reached after redirects, when, and every check in
 * the order of {@link CheckIds#ALL}.
 */
public record WebAudit(WebAuditId id, String url, String finalUrl, Instant fetchedAt, List<AuditCheck> checks) {

	public WebAudit {
		checks = List.copyOf(checks);
	}

	public Optional<AuditCheck> check(String id) {
		return checks.stream().filter(check -> check.id().equals(id)).findFirst();
	}

	public List<AuditCheck> withStatus(CheckStatus status) {
		return checks.stream().filter(check -> check.status() == status).toList();
	}

}
