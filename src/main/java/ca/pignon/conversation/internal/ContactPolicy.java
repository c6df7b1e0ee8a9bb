package ca.pignon.conversation.internal;

import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import ca.pignon.conversation.ConversationRefused;

/**
 * An advisor's phone number as merchants will see it: digits with the usual separators (spaces, dashes, dots,
 * parentheses, a leading +), ten to fifteen digits, and an extension written "poste 123" if any. A phone shown must be
 * given.
 */
public final class ContactPolicy {

	public static final int MAX_LENGTH = 40;

	private static final Pattern PHONE = Pattern
		.compile("\\+?[0-9().\\- ]{7,25}(\\s*(poste|ext\\.?|#)\\s*[0-9]{1,6})?", Pattern.CASE_INSENSITIVE);

	private ContactPolicy() {
	}

	public static Optional<ConversationRefused> refusal(@Nullable String phone, boolean showPhone) {
		String text = phone == null ? "" : phone.strip();
		if (text.isEmpty()) {
			return showPhone ? Optional.of(new ConversationRefused("phone", "conversation.refused.phoneMissing"))
					: Optional.empty();
		}
		String number = text.replaceAll("(?i)\\s*(poste|ext\\.?|#).*$", "");
		long digits = number.chars().filter(Character::isDigit).count();
		if (text.length() > MAX_LENGTH || !PHONE.matcher(text).matches() || digits < 10 || digits > 15) {
			return Optional.of(new ConversationRefused("phone", "conversation.refused.phoneInvalid", text));
		}
		return Optional.empty();
	}

}
