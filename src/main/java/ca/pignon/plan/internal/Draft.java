package ca.pignon.plan.internal;

import java.util.List;

import ca.pignon.plan.Objective;
import ca.pignon.plan.PlanItem;

/**
 * A drafted plan: the scheduled actions in order, two to four objectives, the actions the diagnostic shows as done and
 * the relevant actions that did not fit in the year.
 */
public record Draft(List<PlanItem> items, List<Objective> objectives, List<String> done, List<String> deferred) {
}
