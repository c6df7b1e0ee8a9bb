package ca.pignon.diagnostic.web;

import org.springframework.stereotype.Component;

import ca.pignon.diagnostic.DiagnosticId;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.diagnostic.Respondent;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionManagement;

/**
 * Who may see a diagnostic: the merchant their own, an advisor the merchants of their caseload, managers and
 * administrators all of them. For anyone else the diagnostic does not exist (404), so that guessing ids reveals nothing.
 */
@Component
class DiagnosticAccess {

	private final DiagnosticManagement diagnostics;

	private final SelectionManagement selection;

	DiagnosticAccess(DiagnosticManagement diagnostics, SelectionManagement selection) {
		this.diagnostics = diagnostics;
		this.selection = selection;
	}

	DiagnosticSummary diagnostic(DiagnosticId id, PignonUser user) {
		DiagnosticSummary diagnostic = diagnostics.summary(id);
		boolean allowed = switch (user.role()) {
			case MERCHANT -> diagnostic.merchant().equals(user.accountId());
			case ADVISOR -> follows(user, diagnostic.applicationId());
			case MANAGER, ADMIN -> true;
			default -> false;
		};
		if (!allowed) {
			throw new NotFound();
		}
		return diagnostic;
	}

	/** Staff who may work on this application's diagnostics. */
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

	static boolean staff(PignonUser user) {
		return user.role().isStaff();
	}

	static Respondent respondent(PignonUser user) {
		return new Respondent(user.accountId(), user.displayName(), user.role().isStaff());
	}

	/** Where "back" goes: the merchant's page, or the application's page for staff. */
	static String home(DiagnosticSummary diagnostic, PignonUser user) {
		return staff(user) ? "/diagnostic/applications/" + diagnostic.applicationId().value() : "/diagnostic/my";
	}

}
