package ca.pignon.diagnostic.web;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.Respondent;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * Who may see a diagnostic: whoever may see its dossier (the dossier's one access rule: the merchant their own, an
 * advisor the merchants they accompany, managers and administrators all). For anyone else the diagnostic does not
 * exist (404), so that guessing ids reveals nothing.
 */
@Component
class DiagnosticAccess {

	private final DiagnosticManagement diagnostics;

	private final DossierManagement dossiers;

	DiagnosticAccess(DiagnosticManagement diagnostics, DossierManagement dossiers) {
		this.diagnostics = diagnostics;
		this.dossiers = dossiers;
	}

	DiagnosticSummary diagnostic(DiagnosticId id, PignonUser user) {
		DiagnosticSummary diagnostic = diagnostics.summary(id);
		if (!dossiers.mayAccess(user, diagnostic.applicationId())) {
			throw new NotFound();
		}
		return diagnostic;
	}

	/** Staff who may work on this application's diagnostics: the dossier's access rule, for staff. */
	void staffFor(ApplicationId application, PignonUser user) {
		if (!staff(user) || !dossiers.mayAccess(user, application)) {
			throw new NotFound();
		}
	}

	static boolean staff(PignonUser user) {
		return user.role().isStaff();
	}

	static Respondent respondent(PignonUser user) {
		return new Respondent(user.accountId(), user.role().isStaff());
	}

	/** Where "back" goes: the merchant's page, or the application's page for staff. */
	static String home(DiagnosticSummary diagnostic, PignonUser user) {
		return staff(user) ? "/diagnostic/applications/" + diagnostic.applicationId().value() : "/diagnostic/my";
	}

}
