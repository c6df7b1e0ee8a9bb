package ca.pignon.privacy.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.PrivacyRefused;
import ca.pignon.privacy.Retention;
import ca.pignon.shared.ApplicationId;

/**
 * Retention, for the program's managers and administrators: what the daily job reaches in the next 30 days, the
 * legal holds in force (placed with a reason, lifted), and what the job did.
 */
@Controller
class RetentionController {

	private static final int LOG_LINES = 100;

	private final Retention retention;

	RetentionController(Retention retention) {
		this.retention = retention;
	}

	@GetMapping("/privacy/retention")
	String page(Model model) {
		return page(new HoldForm(), model);
	}

	@PostMapping("/privacy/retention/holds")
	String hold(@ModelAttribute("holdForm") HoldForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		if (binding.hasErrors()) {
			return page(form, model);
		}
		try {
			if (form.getApplication() == null) {
				throw new PrivacyRefused("application", "privacy.retention.application.required");
			}
			retention.hold(new ApplicationId(form.getApplication()), form.getReason(), user.accountId());
			flash.addFlashAttribute("flash", "privacy.retention.held");
			return "redirect:/privacy/retention";
		}
		catch (PrivacyRefused refused) {
			FormErrors.reject(refused, binding);
			return page(form, model);
		}
	}

	@PostMapping("/privacy/retention/holds/{application}/lift")
	String lift(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		retention.lift(new ApplicationId(application), user.accountId());
		flash.addFlashAttribute("flash", "privacy.retention.lifted");
		return "redirect:/privacy/retention";
	}

	private String page(HoldForm form, Model model) {
		var upcoming = retention.upcoming();
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("holdable", upcoming.stream().filter(item -> !item.held()).toList());
		model.addAttribute("holds", retention.holds());
		model.addAttribute("done", retention.log(LOG_LINES));
		model.addAttribute("policy", retention.policy());
		model.addAttribute("lookAhead", Retention.LOOK_AHEAD_DAYS);
		model.addAttribute("holdForm", form);
		return "privacy/retention";
	}

}
