package ca.pignon.diagnostic;

import org.jspecify.annotations.Nullable;

/** A dimension's score from 0 to 100, none when no scored question of it is answered. */
public record DimensionScore(String dimensionId, @Nullable Integer score, @Nullable MaturityLevel level) {
}
