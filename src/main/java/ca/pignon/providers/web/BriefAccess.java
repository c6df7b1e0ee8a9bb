package ca.pignon.providers.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.Dossier;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.providers.BriefId;
import ca.pignon.providers.BriefManagement;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;

/**
 * The dossier's one access rule on every page of a merchant's briefs: the merchant their own, their advisor, managers
 * and administrators; for anyone else the brief does not exist (404).
 */
@Component
class BriefAccess {

	private final DossierManagement dossiers;

	private final BriefManagement briefs;

	BriefAccess(DossierManagement dossiers, BriefManagement briefs) {
		this.dossiers = dossiers;
		this.briefs = briefs;
	}

	Dossier dossier(UUID application, PignonUser user) {
		return dossiers.accessibleTo(user, new ApplicationId(application));
	}

	BriefId brief(UUID id, PignonUser user) {
		BriefId brief = new BriefId(id);
		dossiers.accessibleTo(user, briefs.applicationOf(brief));
		return brief;
	}

	static boolean merchant(PignonUser user) {
		return user.role() == Role.MERCHANT;
	}

	static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

}
