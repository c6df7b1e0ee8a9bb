package ca.pignon.webaudit;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * A stored run of an application's audit and who asked for it.
 */
public record WebAuditRun(WebAudit audit, @Nullable AccountId ranBy, String ranByName) {
}
