package ca.pignon.progress.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.plan.PlanApproved;
import ca.pignon.plan.PlanManagement;
import ca.pignon.progress.PlannedAction;
import ca.pignon.progress.ProgressManagement;

/**
 * The merchant approved a version of their plan: its actions become (or update) the tasks to carry out. Reads the
 * plan of record as it stands when the event arrives, so a late or repeated event changes nothing more.
 */
@Component
class PlanFollower {

	private final PlanManagement plans;

	private final IntakeManagement intake;

	private final ProgressManagement progress;

	PlanFollower(PlanManagement plans, IntakeManagement intake, ProgressManagement progress) {
		this.plans = plans;
		this.intake = intake;
		this.progress = progress;
	}

	@ApplicationModuleListener
	void on(PlanApproved approved) {
		plans.approvedPlanOf(approved.applicationId()).ifPresent(plan -> progress.planApproved(plan.applicationId(),
				intake.application(plan.applicationId(), Locale.CANADA_FRENCH).accountId(), plan.version(),
				plan.actions()
					.stream()
					.map(action -> new PlannedAction(action.key(), action.title().fr(), action.title().en(),
							YearMonth.from(action.dueDate()), action.hours(),
							action.doer().name()))
					.toList()));
	}

}
