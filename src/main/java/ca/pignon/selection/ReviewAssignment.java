package ca.pignon.selection;

import ca.pignon.shared.ApplicationId;

/** An application on a reviewer's list for a round. */
public record ReviewAssignment(RoundId round, ApplicationId applicationId, String businessName, boolean submitted,
		boolean conflicted, int scored, int toScore) {
}
