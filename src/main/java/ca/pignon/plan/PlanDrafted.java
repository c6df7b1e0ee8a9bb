package ca.pignon.plan;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A plan was drafted from the completed diagnostic (version 1). */
public record PlanDrafted(PlanId planId, ApplicationId applicationId, int catalogueVersion, Instant draftedAt) {
}
