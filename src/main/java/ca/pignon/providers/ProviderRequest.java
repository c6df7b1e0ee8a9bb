package ca.pignon.providers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A request for a quote as its provider lists it, signed in: the service asked for, the deadline, and where it stands
 * ({@link QuotePage.State}); nothing about the merchant.
 */
public record ProviderRequest(UUID id, String service, @Nullable Instant sentAt, @Nullable LocalDate answerBy,
		QuotePage.State state, boolean chosen) {
}
