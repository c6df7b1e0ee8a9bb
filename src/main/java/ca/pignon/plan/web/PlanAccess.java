package ca.pignon.plan.web;

import org.springframework.stereotype.Component;

import ca.pignon.intake.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.plan.PlanId;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionManagement;

/**
 * Who may see a plan: the merchant their own (once sent), an advisor the merchants of their caseload, managers and
 * administrators all of them. For anyone else the plan does not exist (404), so that guessing ids reveals nothing.
 */
@Component
class PlanAccess {

	private final PlanManagement plans;

	private final SelectionManagement selection;

	PlanAccess(PlanManagement plans, SelectionManagement selection) {
		this.plans = plans;
		this.selection = selection;
	}

	PlanSummary plan(PlanId id, PignonUser user) {
		PlanSummary plan = plans.summary(id);
		boolean allowed = switch (user.role()) {
			case MERCHANT -> plan.merchant().equals(user.accountId()) && plan.sentVersion() != null;
			case ADVISOR -> follows(user, plan.applicationId());
			case MANAGER, ADMIN -> true;
			default -> false;
		};
		if (!allowed) {
			throw new NotFound();
		}
		return plan;
	}

	/** Staff who may draft and edit this application's plan. */
	void staffFor(ApplicationId application, PignonUser user) {
		boolean allowed = switch (user.role()) {
			case ADVISOR -> follows(user, application);
			case MANAGER, ADMIN -> true;
			default -> false;
		};
		if (!allowed) {
			throw new NotFound();
		}
	}

	private boolean follows(PignonUser advisor, ApplicationId application) {
		return selection.follows(advisor.accountId(), application);
	}

	static Actor actor(PignonUser user) {
		return new Actor(user.accountId(), user.displayName());
	}

}
