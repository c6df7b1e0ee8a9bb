package ca.pignon.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code privacy_request}: a merchant's (an account), or anyone's from the public form (a name and a confirmed address). */
public record RequestRow(UUID id, String kind, @Nullable UUID requesterAccount, @Nullable UUID applicationId,
		String details, Instant receivedAt, LocalDate dueOn, @Nullable String answer, @Nullable Instant answeredAt,
		@Nullable UUID answeredBy, long version, @Nullable String requesterName, @Nullable String requesterEmail,
		@Nullable String requesterLanguage) {
}
