package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a provider's link shows: the brief, and who the merchant is only if the merchant consented, for this request,
 * to share it; or, when the link has expired or was revoked, nothing but that.
 *
 * @param merchant the business's name and its contact, none without the merchant's consent
 * @param quote the provider's answer, once given
 * @param mayAnswer the provider may answer: one of the directory answers only while vetted (not suspended, not past
 * their approval)
 */
public record QuotePage(State state, @Nullable BriefDetails brief, @Nullable String providerName,
		@Nullable String municipality, @Nullable MerchantContact merchant, @Nullable Instant expiresAt,
		@Nullable Quote quote, boolean mayAnswer) {

	public enum State {

		/** Open for an answer. */
		OPEN,
		/** Answered; the answer is shown. */
		ANSWERED,
		/** Past its deadline. */
		EXPIRED,
		/** Taken back: the provider was removed from the shortlist, or the merchant has chosen. */
		REVOKED

	}

	public record MerchantContact(String business, String name, String email) {
	}

	static QuotePage closed(State state) {
		return new QuotePage(state, null, null, null, null, null, null, false);
	}

}
