package ca.pignon.plan;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/**
 * The merchant approved a version of their plan by typing their name: it is the plan of record and is locked (a later
 * change makes a new version that must be approved again). For carrying out the plan.
 */
public record PlanApproved(PlanId planId, ApplicationId applicationId, int version, Instant approvedAt) {
}
