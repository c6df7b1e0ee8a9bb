package ca.pignon.plan.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.DiagnosticResult;
import ca.pignon.plan.Doer;
import ca.pignon.plan.PlanApproval;
import ca.pignon.plan.PlanContent;
import ca.pignon.plan.PlanSummary;

/**
 * One version of a plan as its pages and PDF show it, in the reader's language.
 *
 * @param diagnostic the completed diagnostic the plan was drafted from (its summary opens the document)
 * @param hoursByDoer the hours of the plan by who does it
 * @param approval the approval of this version, if the merchant approved it
 */
public record PlanDocument(PlanSummary plan, int version, PlanContent content, DiagnosticResult diagnostic,
		List<ActionView> actions, List<MonthView> months, List<ObjectiveView> objectives, BigDecimal totalHours,
		int totalCostMin, int totalCostMax, Map<Doer, BigDecimal> hoursByDoer, List<ActionView.ResourceView> resources,
		List<PlanWarning> warnings, List<String> deferred, BigDecimal monthlyCapacity,
		@Nullable PlanApproval approval) {
}
