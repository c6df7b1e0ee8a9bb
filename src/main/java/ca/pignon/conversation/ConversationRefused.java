package ca.pignon.conversation;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;

/** A message or a contact choice is refused: the message key says why, next to its field. */
public class ConversationRefused extends Refused {

	public ConversationRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
