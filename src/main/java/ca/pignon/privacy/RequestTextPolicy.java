package ca.pignon.privacy;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.TextInputPolicy;

/**
 * What a request's details and an answer may be: some words, at most {@code max} characters, nothing the platform's
 * {@link TextInputPolicy} refuses (the forms' binder says it first; this holds for any other caller of the API).
 */
record RequestTextPolicy(String field, int max) {

	static final RequestTextPolicy DETAILS = new RequestTextPolicy("details", 4000);

	static final RequestTextPolicy ANSWER = new RequestTextPolicy("answer", 8000);

	/** Why a legal hold keeps a dossier. */
	static final RequestTextPolicy REASON = new RequestTextPolicy("reason", 1000);

	/** The text as kept: trimmed, with Unix line breaks. */
	String clean(@Nullable String text) {
		String cleaned = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (cleaned.isEmpty()) {
			throw new PrivacyRefused(field, "privacy.request." + field + ".required");
		}
		if (cleaned.length() > max) {
			throw new PrivacyRefused(field, "privacy.request.tooLong", max);
		}
		if (TextInputPolicy.refuses(cleaned)) {
			throw new PrivacyRefused(field, "privacy.request.invisible");
		}
		return cleaned;
	}

}
