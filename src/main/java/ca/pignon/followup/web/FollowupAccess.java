package ca.pignon.followup.web;

import org.springframework.stereotype.Component;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.intake.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * Who may see a follow-up dossier: its advisor (selection's caseload decides), managers and administrators. For anyone
 * else it does not exist (404), so that guessing ids reveals nothing.
 */
@Component
class FollowupAccess {

	private final FollowupManagement followup;

	FollowupAccess(FollowupManagement followup) {
		this.followup = followup;
	}

	Dossier dossier(ApplicationId application, PignonUser user) {
		boolean allowed = switch (user.role()) {
			case ADVISOR -> followup.follows(user.accountId(), application);
			case MANAGER, ADMIN -> true;
			default -> false;
		};
		if (!allowed) {
			throw new NotFound();
		}
		if (user.role() == Role.ADVISOR) {
			// the assignment's event may still be on its way: the caseload is the truth
			followup.syncCaseload(user.accountId());
		}
		return followup.dossier(application);
	}

	static Actor actor(PignonUser user) {
		return new Actor(user.accountId(), user.displayName());
	}

}
