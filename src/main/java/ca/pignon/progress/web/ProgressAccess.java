package ca.pignon.progress.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.shared.ApplicationId;
import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * Whose plan a page shows: the merchant's own (no id in the address), or, for staff, the application named in the
 * address: an advisor's caseload, any for managers. For anyone else the plan does not exist (404).
 */
@Component
class ProgressAccess {

	private final DossierManagement dossiers;

	ProgressAccess(DossierManagement dossiers) {
		this.dossiers = dossiers;
	}

	ApplicationId application(@Nullable UUID id, PignonUser user, Locale locale) {
		if (id == null) {
			return dossiers.ofMerchant(user.accountId()).map(Dossier::applicationId).orElseThrow(NotFound::new);
		}
		ApplicationId application = new ApplicationId(id);
		if (!user.role().isStaff() || !dossiers.mayAccess(user, application)) {
			throw new NotFound();
		}
		return application;
	}

	/** Staff pages name the business they are about, where the merchant's own say "Mon plan". */
	String businessName(ApplicationId application) {
		return dossiers.find(application).map(Dossier::businessName).orElse("");
	}

	/** The start of every address of this plan's pages. */
	static String base(@Nullable UUID id) {
		return id == null ? "/progress/my" : "/progress/applications/" + id;
	}

}
