package ca.pignon.plan.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Milestone;
import ca.pignon.plan.PlanApproved;

/** Tells the dossier, in the same transaction, that the merchant approved their action plan. */
@Component
class PlanDossierFeed {

	private final DossierManagement dossiers;

	PlanDossierFeed(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@EventListener
	void on(PlanApproved event) {
		dossiers.reached(event.applicationId(), Milestone.PLANNED, event.approvedAt());
	}

}
