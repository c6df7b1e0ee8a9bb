package ca.pignon.selection;

import java.time.Instant;

/** A manager changed the selection grid: a new version exists; rounds already open keep theirs. */
public record GridRevised(int version, Instant revisedAt) {
}
