package ca.pignon.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A line of the dossier's follow-up timeline.
 *
 * @param what a message key ({@code followup.log.*})
 * @param detail what the person wrote (a reason), if anything
 */
public record FollowupEvent(Instant at, String actor, String what, @Nullable String detail) {
}
