package ca.pignon.followup.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.FollowupRefused;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

/**
 * The end of the accompaniment: the before/after (T0 and T1 per dimension, first and latest audit per check, hours),
 * closing once T1 is complete, reopening with a reason.
 */
@Controller
class ClosingController {

	private final FollowupManagement followup;

	private final FollowupAccess access;

	ClosingController(FollowupManagement followup, FollowupAccess access) {
		this.followup = followup;
		this.access = access;
	}

	@GetMapping("/followup/merchants/{application}/closing")
	String closing(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		return page(dossier, "", locale, model);
	}

	@PostMapping("/followup/merchants/{application}/close")
	String close(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		try {
			followup.close(dossier.applicationId(), FollowupAccess.actor(user));
			flash.addFlashAttribute("flash", "followup.closing.closed");
		}
		catch (FollowupRefused refused) {
			flash.addFlashAttribute("flashError", refused.problems().get(0).messageKey());
		}
		return "redirect:/followup/merchants/" + application + "/closing";
	}

	@PostMapping("/followup/merchants/{application}/reopen")
	String reopen(@PathVariable UUID application, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		try {
			followup.reopen(dossier.applicationId(), reason, FollowupAccess.actor(user));
		}
		catch (FollowupRefused refused) {
			model.addAttribute("reasonError", refused.problems().get(0).messageKey());
			return page(dossier, reason, locale, model);
		}
		flash.addFlashAttribute("flash", "followup.closing.reopened");
		return "redirect:/followup/merchants/" + application + "/closing";
	}

	private String page(Dossier dossier, String reason, Locale locale, Model model) {
		model.addAttribute("dossier", followup.dossier(dossier.applicationId()));
		model.addAttribute("result", followup.beforeAfter(dossier.applicationId(), locale));
		model.addAttribute("survey", followup.surveyOf(dossier.applicationId()).orElse(null));
		model.addAttribute("reason", reason);
		return "followup/closing";
	}

}
