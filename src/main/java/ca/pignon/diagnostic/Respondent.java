package ca.pignon.diagnostic;

import ca.pignon.shared.AccountId;

/** Who gives answers or completes the diagnostic: the merchant, or staff (their advisor, a manager). */
public record Respondent(AccountId account, String name, boolean staff) {
}
