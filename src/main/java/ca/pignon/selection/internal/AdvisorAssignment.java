package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.UUID;

/** The advisor a retained merchant is with now. */
public record AdvisorAssignment(UUID advisorId, String advisorName, String advisorTeam, Instant assignedAt) {
}
