package ca.pignon.providers;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A provider on a brief's shortlist, with their request for a quote.
 *
 * @param provider the directory's provider, none for one invited from outside it
 * @param position the order on the shortlist (the draw's for drawn providers)
 * @param removed taken off the shortlist (the log says who and why)
 */
public record ShortlistEntry(UUID id, @Nullable ProviderId provider, String name, String email, int position,
		RequestOrigin origin, boolean removed, @Nullable Instant sentAt, @Nullable Instant expiresAt, boolean revoked,
		@Nullable Instant answeredAt, @Nullable Quote quote) {

	public boolean active() {
		return !removed;
	}

	public boolean vetted() {
		return provider != null;
	}

}
