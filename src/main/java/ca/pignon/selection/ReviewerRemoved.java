package ca.pignon.selection;

import java.time.Instant;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A reviewer no longer reviews an application: a manager removed them, or they declared a conflict of interest.
 */
public record ReviewerRemoved(RoundId round, ApplicationId applicationId, AccountId reviewer, Instant removedAt) {
}
