package ca.pignon.shared;

import org.jspecify.annotations.Nullable;

/**
 * Who did something: a person, by their account, or Pignon's own rules (no account). Modules keep the account id;
 * the person's name is looked up when it is shown ({@code platform.People}), so that it is always current and leaves
 * with the account.
 */
public record Actor(@Nullable AccountId accountId) {

	/** Pignon itself: a decision of the rules, a scheduled job. */
	public static final Actor RULES = new Actor(null);

	public static Actor of(AccountId account) {
		return new Actor(account);
	}

	public boolean isRules() {
		return accountId == null;
	}

}
