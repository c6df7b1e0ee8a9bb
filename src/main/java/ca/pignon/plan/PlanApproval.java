package ca.pignon.plan;

import java.time.Instant;

/** The merchant approved this version by typing their name. */
public record PlanApproval(int version, String typedName, Instant approvedAt) {
}
