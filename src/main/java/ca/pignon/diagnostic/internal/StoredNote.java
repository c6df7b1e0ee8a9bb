package ca.pignon.diagnostic.internal;

import java.time.Instant;

public record StoredNote(String dimensionId, String note, long revision, String by, Instant at) {
}
