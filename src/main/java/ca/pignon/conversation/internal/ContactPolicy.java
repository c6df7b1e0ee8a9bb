package ca.pignon.conversation.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import ca.pignon.conversation.ConversationRefused;
import ca.pignon.shared.PhoneNumbers;

/**
 * An advisor's phone number as merchants will see it: a number libphonenumber reads as valid (region CA), written
 * with the usual separators and an extension ("poste 123") if any, as at registration ({@link PhoneNumbers}). A phone
 * shown must be given.
 */
public final class ContactPolicy {

	public static final int MAX_LENGTH = 40;

	private ContactPolicy() {
	}

	public static Optional<ConversationRefused> refusal(@Nullable String phone, boolean showPhone) {
		String text = phone == null ? "" : phone.strip();
		if (text.isEmpty()) {
			return showPhone ? Optional.of(new ConversationRefused("phone", "conversation.refused.phoneMissing"))
					: Optional.empty();
		}
		if (text.length() > MAX_LENGTH || !PhoneNumbers.isValid(text)) {
			return Optional.of(new ConversationRefused("phone", "conversation.refused.phoneInvalid", text));
		}
		return Optional.empty();
	}

}
