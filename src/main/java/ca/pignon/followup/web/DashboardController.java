package ca.pignon.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.followup.FollowupManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/** The advisor's caseload, the most urgent first; managers and administrators see the whole program's. */
@Controller
class DashboardController {

	static final int PAGE_SIZE = 50;

	private final FollowupManagement followup;

	DashboardController(FollowupManagement followup) {
		this.followup = followup;
	}

	@GetMapping("/followup")
	String dashboard(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PignonUser user,
			Model model) {
		boolean advisor = user.role() == Role.ADVISOR;
		model.addAttribute("caseload", followup.caseload(advisor ? user.accountId() : null, page, PAGE_SIZE));
		model.addAttribute("wholeProgram", !advisor);
		return "followup/dashboard";
	}

}
