package ca.pignon.plan;

import java.time.Instant;

/** The merchant asked for changes to a version they read. */
public record ChangeRequest(int version, String comment, Instant requestedAt, String requestedBy) {
}
