package ca.pignon.platform;

import java.time.Instant;

import ca.pignon.shared.AccountId;

/**
 * What other modules and pages may know of an account.
 */
public record AccountSummary(AccountId id, String email, String displayName, Role role, boolean emailVerified,
		boolean enabled, boolean passwordSet, Instant createdAt) {
}
