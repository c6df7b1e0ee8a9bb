package ca.pignon.dossier;

import java.time.Instant;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** A merchant accompanied now: by whom, since when. */
public record Assignment(ApplicationId applicationId, AccountId advisor, Instant assignedAt) {
}
