package ca.pignon.followup;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** The accompaniment of a merchant is closed (reopened later with {@link DossierReopened}). */
public record DossierClosed(ApplicationId applicationId, int minutesUsed, Instant closedAt) {
}
