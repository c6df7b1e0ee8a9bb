package ca.pignon.conversation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * A message of a dossier's conversation.
 *
 * @param authorName the author's name, looked up when read
 * @param byStaff written by the advisor (or a manager), not by the merchant
 * @param actionKey the action of the plan a request for help is about, none for a plain message
 * @param actionTitle that action's title when the request was written
 */
public record Message(AccountId author, String authorName, boolean byStaff, String body, @Nullable String actionKey,
		@Nullable String actionTitle, Instant at) {

	public boolean helpRequest() {
		return actionKey != null;
	}

}
