package ca.pignon.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.content.ContentActivity;
import ca.pignon.content.PublishingStoppedPolicy;
import ca.pignon.conversation.ConversationManagement;
import ca.pignon.followup.CaseloadPage;
import ca.pignon.followup.CaseloadRow;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/** The advisor's caseload, the most urgent first; managers and administrators see the whole program's. */
@Controller
class DashboardController {

	static final int PAGE_SIZE = 50;

	private final FollowupManagement followup;

	private final ConversationManagement conversations;

	private final ContentActivity content;

	DashboardController(FollowupManagement followup, ConversationManagement conversations, ContentActivity content) {
		this.followup = followup;
		this.content = content;
		this.conversations = conversations;
	}

	@GetMapping("/followup")
	String dashboard(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal PignonUser user,
			Model model) {
		boolean advisor = user.role() == Role.ADVISOR;
		CaseloadPage caseload = followup.caseload(advisor ? user.accountId() : null, page, PAGE_SIZE);
		model.addAttribute("caseload", caseload);
		// the merchants waiting for an answer in their conversation, flagged on their row
		model.addAttribute("unanswered",
				conversations.unanswered(caseload.rows().stream().map(CaseloadRow::applicationId).toList()));
		// each merchant's posts of the month, planned against published, and whether they stopped
		model.addAttribute("posting",
				content.thisMonth(caseload.rows().stream().map(CaseloadRow::applicationId).toList()));
		model.addAttribute("stoppedWindow", PublishingStoppedPolicy.WINDOW_DAYS);
		model.addAttribute("stoppedPlanned", PublishingStoppedPolicy.PLANNED_AT_LEAST);
		model.addAttribute("wholeProgram", !advisor);
		return "followup/dashboard";
	}

}
