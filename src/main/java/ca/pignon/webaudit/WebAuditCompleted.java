package ca.pignon.webaudit;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/**
 * An application's website was audited and the run stored; the diagnostic can read it with
 * {@link WebAuditManagement#latestFor}.
 */
public record WebAuditCompleted(ApplicationId applicationId, WebAuditId auditId, Instant completedAt) {
}
