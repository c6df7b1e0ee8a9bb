package ca.pignon.plan;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A plan was sent to the merchant, who can now read it and approve it. */
public record PlanSent(PlanId planId, ApplicationId applicationId, int version, Instant sentAt) {
}
