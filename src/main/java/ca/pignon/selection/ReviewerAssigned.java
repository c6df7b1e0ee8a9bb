package ca.pignon.selection;

import java.time.Instant;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/** A manager assigned a reviewer to an application of a round: the reviewer may read the application to score it. */
public record ReviewerAssigned(RoundId round, ApplicationId applicationId, AccountId reviewer, Instant assignedAt) {
}
