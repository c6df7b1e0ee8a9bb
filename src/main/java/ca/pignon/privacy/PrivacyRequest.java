package ca.pignon.privacy;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request about personal information, as its pages show it.
 *
 * @param requester the person who filed it, by name
 * @param applicationId their dossier, when they have one
 * @param businessName their business, when they have a dossier
 * @param version changes when it is answered: the answer form sends back the one it showed
 */
public record PrivacyRequest(UUID id, RequestKind kind, String requester, @Nullable UUID applicationId,
		@Nullable String businessName,
		String details, Instant receivedAt, LocalDate dueOn, RequestStanding standing, @Nullable String answer,
		@Nullable Instant answeredAt, @Nullable String answeredBy, long version) implements Serializable {

	public boolean answered() {
		return answeredAt != null;
	}

}
