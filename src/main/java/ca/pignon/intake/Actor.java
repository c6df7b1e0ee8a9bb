package ca.pignon.intake;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * Who makes a change, for the audit trail; no account for the rules themselves.
 */
public record Actor(@Nullable AccountId accountId, String name) {

	static final Actor RULES = new Actor(null, "Pignon");

}
