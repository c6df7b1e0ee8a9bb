package ca.pignon.progress.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ca.pignon.dossier.PlanProgress;
import ca.pignon.dossier.PlanProgressSource;
import ca.pignon.plan.PlanManagement;
import ca.pignon.shared.ApplicationId;

/** Progress follows the plan's actions: the diagnostic reads how far the merchant is through the dossier's hook. */
@Component
class ProgressOfThePlan implements PlanProgressSource {

	private final PlanManagement plans;

	private final Tasks tasks;

	ProgressOfThePlan(PlanManagement plans, Tasks tasks) {
		this.plans = plans;
		this.tasks = tasks;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PlanProgress> planProgressOf(ApplicationId application) {
		return plans.approvedPlanOf(application).map(plan -> {
			List<TaskRow> rows = tasks.inPlan(application.value());
			int done = (int) rows.stream().filter(row -> row.doneAt() != null).count();
			return new PlanProgress(plan.approvedAt(), done, rows.size());
		});
	}

}
