package ca.pignon.diagnostic.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticCompleted;
import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Milestone;

/** Tells the dossier, in the same transaction, that the merchant's first (T0) diagnostic is complete. */
@Component
class DiagnosticDossierFeed {

	private final DossierManagement dossiers;

	DiagnosticDossierFeed(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	@EventListener
	void on(DiagnosticCompleted event) {
		if (event.kind() == DiagnosticKind.T0) {
			dossiers.reached(event.applicationId(), Milestone.DIAGNOSED, event.completedAt());
		}
	}

}
