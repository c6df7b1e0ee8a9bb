package ca.pignon.platform;

import java.time.Instant;

import ca.pignon.shared.AccountId;

/**
 * An account's email address changed: its owner opened the link mailed to the new address. The account's history
 * (intake's, for a merchant) records it.
 */
public record EmailChanged(AccountId accountId, String before, String after, Instant at) {
}
