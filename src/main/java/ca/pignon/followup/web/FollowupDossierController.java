package ca.pignon.followup.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.Meeting;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

/** A merchant's follow-up: hours used and left, meetings planned and held, the calendar, the timeline. */
@Controller
class FollowupDossierController {

	private final FollowupManagement followup;

	private final FollowupAccess access;

	FollowupDossierController(FollowupManagement followup, FollowupAccess access) {
		this.followup = followup;
		this.access = access;
	}

	@GetMapping("/followup/merchants/{application}")
	String dossier(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Model model) {
		ApplicationId id = new ApplicationId(application);
		model.addAttribute("dossier", access.dossier(id, user));
		var meetings = followup.meetingsOf(id);
		model.addAttribute("planned", meetings.stream()
			.filter(m -> !m.held())
			.sorted(java.util.Comparator.comparing(m -> m.details().date()))
			.toList());
		model.addAttribute("held", meetings.stream().filter(Meeting::held).toList());
		model.addAttribute("timeline", followup.timelineOf(id));
		return "followup/dossier";
	}

}
