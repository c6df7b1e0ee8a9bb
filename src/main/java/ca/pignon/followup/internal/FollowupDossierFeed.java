package ca.pignon.followup.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Milestone;
import ca.pignon.followup.DossierClosed;
import ca.pignon.followup.DossierReopened;

/** Tells the dossier, in the same transaction, that the accompaniment was closed or reopened. */
@Component
class FollowupDossierFeed {

	private final DossierManagement dossiers;

	FollowupDossierFeed(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@EventListener
	void on(DossierClosed event) {
		dossiers.reached(event.applicationId(), Milestone.CLOSED, event.closedAt());
	}

	@EventListener
	void on(DossierReopened event) {
		dossiers.reopened(event.applicationId());
	}

}
