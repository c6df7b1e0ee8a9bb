package ca.pignon.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code privacy_request}. */
public record RequestRow(UUID id, String kind, UUID requesterAccount, @Nullable UUID applicationId, String details,
		Instant receivedAt, LocalDate dueOn, @Nullable String answer, @Nullable Instant answeredAt,
		@Nullable UUID answeredBy, long version) {
}
