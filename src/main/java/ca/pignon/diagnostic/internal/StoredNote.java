package ca.pignon.diagnostic.internal;

import java.time.Instant;

/** A staff note on a dimension, with who wrote it and at which version of the diagnostic. */
public record StoredNote(String dimensionId, String note, long revision, Author by, Instant at) {
}
