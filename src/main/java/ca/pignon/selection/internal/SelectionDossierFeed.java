package ca.pignon.selection.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.SelectionOutcome;
import ca.pignon.selection.AdvisorAreasSet;
import ca.pignon.selection.MerchantAssigned;
import ca.pignon.selection.MerchantWithdrew;
import ca.pignon.selection.ReviewerAssigned;
import ca.pignon.selection.ReviewerRemoved;
import ca.pignon.selection.SelectionDecided;

/**
 * Tells the dossier what selection decided, from selection's own events, in the transaction of the decision (a plain,
 * synchronous listener): the moment a merchant is retained and assigned, their advisor may open their dossier, on any
 * instance; the moment they withdraw or are handed over, the former advisor may not.
 */
@Component
class SelectionDossierFeed {

	private final DossierManagement dossiers;

	SelectionDossierFeed(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@EventListener
	void on(MerchantAssigned event) {
		dossiers.assigned(event.applicationId(), event.advisor(), event.assignedAt());
	}

	@EventListener
	void on(SelectionDecided event) {
		dossiers.decided(event.applicationId(), event.round().value(), outcome(event));
	}

	@EventListener
	void on(MerchantWithdrew event) {
		dossiers.decided(event.applicationId(), event.round().value(), SelectionOutcome.WITHDRAWN);
	}

	@EventListener
	void on(ReviewerAssigned event) {
		dossiers.reviewer(event.applicationId(), event.reviewer(), true);
	}

	@EventListener
	void on(ReviewerRemoved event) {
		dossiers.reviewer(event.applicationId(), event.reviewer(), false);
	}

	@EventListener
	void on(AdvisorAreasSet event) {
		dossiers.coverage(event.advisor(), event.areas());
	}

	private static SelectionOutcome outcome(SelectionDecided event) {
		return SelectionOutcome.valueOf(event.status().name());
	}

}
