package ca.pignon.plan;

/**
 * Where a plan stands: the advisor's draft, sent to the merchant, the merchant asked for changes, or approved (the
 * approved version is locked; a later edit makes a new draft version that must be sent and approved again).
 */
public enum PlanStatus {

	DRAFT, SENT, CHANGES_REQUESTED, APPROVED

}
