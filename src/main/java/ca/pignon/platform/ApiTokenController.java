package ca.pignon.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's personal API tokens; the secret is shown once, right after creation.
 */
@Controller
class ApiTokenController {

	private final ApiTokens tokens;

	private final Clock clock;

	ApiTokenController(ApiTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAttribute("tokens", tokens.of(user.accountId()));
		model.addAttribute("now", clock.instant());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AccountForms.NewToken(null, 90));
		}
		return "platform/tokens";
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal PignonUser user, @Valid @ModelAttribute("form") AccountForms.NewToken form,
			BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			var issued = tokens.issue(user.accountId(), form.name().strip(), Duration.ofDays(form.days()));
			model.addAttribute("issued", issued);
			model.addAttribute("form", new AccountForms.NewToken(null, 90));
		}
		return list(user, model);
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal PignonUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		if (!tokens.revoke(user.accountId(), id)) {
			throw new NotFound();
		}
		redirect.addFlashAttribute("flash", "platform.tokens.revoked");
		return "redirect:/account/tokens";
	}

}
