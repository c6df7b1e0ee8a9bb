package ca.pignon.selection;

import ca.pignon.intake.ApplicationId;

/** An application on a reviewer's list for a round. */
public record ReviewAssignment(RoundId round, ApplicationId applicationId, String businessName, boolean submitted,
		boolean conflicted, int scored, int toScore) {
}
