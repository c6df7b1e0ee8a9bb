package ca.pignon.plan.web;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.shared.ApplicationId;
import ca.pignon.plan.PlanId;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.shared.Actor;

/**
 * Who may see a plan: whoever may see its dossier (the dossier's one access rule), the merchant once it was sent. For anyone else the plan does not exist (404), so that guessing ids reveals nothing.
 */
@Component
class PlanAccess {

	private final PlanManagement plans;

	private final DossierManagement dossiers;

	PlanAccess(PlanManagement plans, DossierManagement dossiers) {
		this.plans = plans;
		this.dossiers = dossiers;
	}

	/** The dossier's access rule, and a merchant reads their plan only once it was sent to them. */
	PlanSummary plan(PlanId id, PignonUser user) {
		PlanSummary plan = plans.summary(id);
		boolean sentIfMerchant = user.role() != Role.MERCHANT || plan.sentVersion() != null;
		if (!sentIfMerchant || !dossiers.mayAccess(user, plan.applicationId())) {
			throw new NotFound();
		}
		return plan;
	}

	/** Staff who may draft and edit this application's plan: the dossier's access rule, for staff. */
	void staffFor(ApplicationId application, PignonUser user) {
		if (!user.role().isStaff() || !dossiers.mayAccess(user, application)) {
			throw new NotFound();
		}
	}

	static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

}
