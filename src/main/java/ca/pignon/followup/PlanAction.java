package ca.pignon.followup;

import java.time.YearMonth;

/**
 * An action of an approved plan as the follow-up needs it: the plan module tells it (seam, see
 * {@link FollowupManagement#recordPlanActions}).
 */
public record PlanAction(String actionId, String title, YearMonth dueMonth, boolean done) {
}
