package ca.pignon.intake.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.intake.ConsentPurpose;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.PignonUser;

/**
 * A merchant's optional consents: each can be given or withdrawn at any time, and the history stays visible.
 */
@Controller
class ConsentController {

	private final IntakeManagement intake;

	ConsentController(IntakeManagement intake) {
		this.intake = intake;
	}

	@GetMapping("/intake/my/consents")
	String consents(@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAttribute("consents", intake.consentsOf(user.accountId()));
		model.addAttribute("history", intake.consentHistory(user.accountId()));
		model.addAttribute("purposes", ConsentPurpose.values());
		return "intake/consents";
	}

	@PostMapping("/intake/my/consents")
	String change(@AuthenticationPrincipal PignonUser user, @RequestParam ConsentPurpose purpose,
			@RequestParam boolean granted, Locale locale, RedirectAttributes redirect) {
		intake.setConsent(user.accountId(), purpose, granted, locale);
		redirect.addFlashAttribute("flash", granted ? "intake.consents.granted" : "intake.consents.withdrawn");
		return "redirect:/intake/my/consents";
	}

}
