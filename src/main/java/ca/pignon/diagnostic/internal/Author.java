package ca.pignon.diagnostic.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * Who did something to a diagnostic, as stored: an account id, or, for rows written before account ids were kept, the
 * display name written then (a legacy value, shown only when no account was found for it).
 */
public record Author(@Nullable UUID account, @Nullable String legacyName) {

	public static Author of(Actor actor) {
		return new Author(actor.isRules() ? null : actor.accountId().value(), null);
	}

	public Actor actor() {
		return account == null ? Actor.RULES : Actor.of(new AccountId(account));
	}

}
