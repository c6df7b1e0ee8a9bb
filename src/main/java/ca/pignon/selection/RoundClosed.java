package ca.pignon.selection;

import java.time.Instant;

public record RoundClosed(RoundId round, int retained, int waitlisted, Instant closedAt) {
}
