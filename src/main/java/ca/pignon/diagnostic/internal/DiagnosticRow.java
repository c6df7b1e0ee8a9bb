package ca.pignon.diagnostic.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of {@code diagnostic_assessment}. */
public record DiagnosticRow(UUID id, UUID applicationId, UUID merchantAccount, String kind, int bankVersion,
		int formulaVersion, String status, long version, Instant startedAt, Author startedBy,
		@Nullable Instant completedAt, @Nullable Author completedBy, @Nullable Integer overall) {
}
