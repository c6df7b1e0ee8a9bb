package ca.pignon.followup;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A closed accompaniment is open again, for the reason given. */
public record DossierReopened(ApplicationId applicationId, String reason, Instant reopenedAt) {
}
