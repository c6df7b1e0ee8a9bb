package ca.pignon.conversation;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * A dossier's conversation as a page shows it.
 *
 * @param businessName the business, for staff's pages
 * @param advisor who accompanies the merchant and how to reach them; none before an advisor is assigned
 * @param messages oldest first
 * @param unanswered how many of the merchant's last messages no one from the program answered yet
 */
public record Conversation(ApplicationId applicationId, String businessName, @Nullable AdvisorContact advisor,
		List<Message> messages, int unanswered) {

	public Conversation {
		messages = List.copyOf(messages);
	}

	/** The merchant may write only to an advisor: before one is assigned, they write to the program. */
	public boolean open() {
		return advisor != null;
	}

}
