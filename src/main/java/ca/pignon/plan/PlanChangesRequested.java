package ca.pignon.plan;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A plan was the merchant asked for changes to the version they read. */
public record PlanChangesRequested(PlanId planId, ApplicationId applicationId, int version, Instant requestedAt) {
}
