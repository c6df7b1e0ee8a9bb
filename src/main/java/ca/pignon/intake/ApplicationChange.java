package ca.pignon.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of an application's audit trail.
 *
 * @param action what happened, e.g. {@code SUBMITTED}, {@code ELIGIBILITY_OVERRIDDEN}, {@code POINT_PLACED}
 */
public record ApplicationChange(Instant at, String actorName, String action, @Nullable String before,
		@Nullable String after, @Nullable String reason) {
}
