package ca.pignon.privacy;

import java.time.Instant;
import java.util.UUID;

/** One incident of the register, with who recorded it and its version (for the edit form). */
public record Incident(UUID id, IncidentDetails details, String recordedBy, Instant recordedAt, String updatedBy,
		Instant updatedAt, long version) {
}
