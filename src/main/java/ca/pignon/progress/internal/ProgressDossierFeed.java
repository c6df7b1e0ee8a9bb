package ca.pignon.progress.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Milestone;
import ca.pignon.progress.ActionDone;

/** Tells the dossier, in the same transaction, that the merchant carries out their plan (the first action done). */
@Component
class ProgressDossierFeed {

	private final DossierManagement dossiers;

	ProgressDossierFeed(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@EventListener
	void on(ActionDone event) {
		dossiers.reached(event.applicationId(), Milestone.ACCOMPANIED, event.at());
	}

}
