package ca.pignon.content;

import java.time.Instant;

import ca.pignon.shared.AccountId;

/** A kept version of the value work: its number, when and by whom. */
public record ValueVersion(int number, Instant keptAt, AccountId keptBy) {
}
