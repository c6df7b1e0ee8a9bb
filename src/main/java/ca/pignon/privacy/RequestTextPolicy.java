package ca.pignon.privacy;

import org.jspecify.annotations.Nullable;

/**
 * What a request's details and an answer may be: some words, at most {@code max} characters, no control character
 * but line breaks and tabs (a NUL byte cannot be stored, and nothing else invisible has a reason to be there).
 */
record RequestTextPolicy(String field, int max) {

	static final RequestTextPolicy DETAILS = new RequestTextPolicy("details", 4000);

	static final RequestTextPolicy ANSWER = new RequestTextPolicy("answer", 8000);

	/** The text as kept: trimmed, with Unix line breaks. */
	String clean(@Nullable String text) {
		String cleaned = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (cleaned.isEmpty()) {
			throw new PrivacyRefused(field, "privacy.request." + field + ".required");
		}
		if (cleaned.length() > max) {
			throw new PrivacyRefused(field, "privacy.request.tooLong", max);
		}
		if (cleaned.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			throw new PrivacyRefused(field, "privacy.request.invisible");
		}
		return cleaned;
	}

}
