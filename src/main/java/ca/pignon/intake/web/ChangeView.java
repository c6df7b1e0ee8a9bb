package ca.pignon.intake.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import ca.pignon.intake.ApplicationChange;

/**
 * An audit trail entry as staff read it: the stored values (eligibility and reason codes, a point and how it was
 * found) put back into words of the reader's language.
 */
record ChangeView(Instant at, String actorName, String action, @Nullable String before, @Nullable String after,
		@Nullable String reason) {

	static ChangeView of(ApplicationChange change, MessageSource messages, Locale locale) {
		return new ChangeView(change.at(), change.actorName(), change.action(),
				words(change.action(), change.before(), messages, locale),
				words(change.action(), change.after(), messages, locale), change.reason());
	}

	private static @Nullable String words(String action, @Nullable String value, MessageSource messages,
			Locale locale) {
		if (value == null || value.isBlank()) {
			return value;
		}
		String[] parts = value.strip().split(" ", 2);
		if (action.startsWith("ELIGIBILITY") || action.equals("SUBMITTED")) {
			String eligibility = message(messages, "intake.Eligibility." + parts[0], parts[0], locale);
			if (parts.length < 2 || parts[1].isBlank()) {
				return eligibility;
			}
			String reasons = Arrays.stream(parts[1].split(","))
				.map(reason -> message(messages, "intake.EligibilityReason." + reason, reason, locale))
				.collect(Collectors.joining(" "));
			return eligibility + " — " + reasons;
		}
		if (action.equals("POINT_PLACED")) {
			int lastSpace = value.lastIndexOf(' ');
			String method = value.substring(lastSpace + 1);
			return value.substring(0, lastSpace) + " ("
					+ message(messages, "intake.GeocodeMethod." + method, method, locale) + ")";
		}
		return value;
	}

	private static String message(MessageSource messages, String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

}
