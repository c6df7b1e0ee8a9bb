package ca.pignon.diagnostic;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.Actor;

/**
 * Who gives answers or completes the diagnostic: the merchant, or staff (their advisor, a manager). Kept as the
 * account id; the name is looked up when shown.
 */
public record Respondent(AccountId account, boolean staff) {

	public Actor actor() {
		return Actor.of(account);
	}

}
