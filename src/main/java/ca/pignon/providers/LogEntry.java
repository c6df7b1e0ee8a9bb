package ca.pignon.providers;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.Actor;

/**
 * A step of a brief or a change to its shortlist: who, when, what ({@code providers.log.<what>}), about which
 * provider and why.
 */
public record LogEntry(Instant at, Actor actor, String what, @Nullable String provider, @Nullable String reason) {
}
