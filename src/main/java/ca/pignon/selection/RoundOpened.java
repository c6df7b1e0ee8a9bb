package ca.pignon.selection;

import java.time.Instant;

/** A manager opened an intake round; its candidates are the eligible applications. */
public record RoundOpened(RoundId round, String name, int gridVersion, int places, int candidates, Instant openedAt) {
}
