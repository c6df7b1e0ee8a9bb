package ca.pignon.conversation;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * How a merchant may reach their advisor: the name always, the email and phone only when the advisor chose to show
 * them.
 */
public record AdvisorContact(AccountId advisor, String name, @Nullable String email, @Nullable String phone) {
}
