package ca.pignon.selection;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a dossier's timeline: what happened, who did it, when.
 *
 * @param source {@code INTAKE} (registration, eligibility, overrides) or {@code SELECTION}
 * @param action the action code, e.g. {@code SUBMITTED}, {@code ELIGIBILITY_OVERRIDDEN}, {@code REVIEW_SUBMITTED},
 *     {@code DECIDED}, {@code MAIL_QUEUED}, {@code ADVISOR_ASSIGNED}
 * @param labelKey the message key that names the action
 * @param roundName the round, for selection lines
 */
public record TimelineEntry(Instant at, String actorName, String source, String action, String labelKey,
		@Nullable String roundName, @Nullable String before, @Nullable String after, @Nullable String reason) {
}
