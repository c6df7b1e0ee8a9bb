package ca.pignon.followup.web;

import org.springframework.stereotype.Component;

import ca.pignon.dossier.DossierManagement;
import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * Who may see a follow-up: staff whom the dossier's one access rule lets see the merchant's dossier (an advisor the
 * merchants they accompany, managers and administrators all). For anyone else it does not exist (404), so that guessing
 * ids reveals nothing.
 */
@Component
class FollowupAccess {

	private final FollowupManagement followup;

	private final DossierManagement dossiers;

	FollowupAccess(FollowupManagement followup, DossierManagement dossiers) {
		this.followup = followup;
		this.dossiers = dossiers;
	}

	Dossier dossier(ApplicationId application, PignonUser user) {
		if (!user.role().isStaff() || !dossiers.mayAccess(user, application)) {
			throw new NotFound();
		}
		return followup.dossier(application);
	}

	static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

}
