package ca.pignon.plan;

import org.jspecify.annotations.Nullable;

/**
 * One version of a plan as stored: what it says, and the merchant's approval of it, if any. The pages and the PDF
 * build their document from it.
 */
public record PlanVersion(PlanSummary plan, int version, PlanContent content, @Nullable PlanApproval approval) {

}
