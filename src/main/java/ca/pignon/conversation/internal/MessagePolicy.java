package ca.pignon.conversation.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import ca.pignon.conversation.ConversationRefused;

/**
 * What a message may be: some words, at most {@link #MAX_LENGTH} characters once the spaces around it are dropped.
 */
public final class MessagePolicy {

	public static final int MAX_LENGTH = 4000;

	private MessagePolicy() {
	}

	/** The reason a message is refused, if any. */
	public static Optional<ConversationRefused> refusal(@Nullable String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			return Optional.of(new ConversationRefused("body", "conversation.refused.empty"));
		}
		if (text.length() > MAX_LENGTH) {
			return Optional.of(new ConversationRefused("body", "conversation.refused.tooLong", MAX_LENGTH,
					text.length()));
		}
		return Optional.empty();
	}

	/** The message as kept: the spaces around it dropped. */
	public static String text(String body) {
		return body.strip();
	}

}
