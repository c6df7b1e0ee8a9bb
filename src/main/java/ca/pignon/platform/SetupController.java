package ca.pignon.platform;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-time page, reached from the link printed in the log, where the first administrator is created.
 */
@Controller
class SetupController {

	private final AccountManagement accounts;

	private final OneTimeLinks links;

	SetupController(AccountManagement accounts, OneTimeLinks links) {
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping("/setup/{secret}")
	String form(@PathVariable String secret, Model model) {
		model.addAttribute("valid", links.isValid(secret, OneTimeLinks.Purpose.SETUP_ADMIN));
		model.addAttribute("form", new AccountForms.Setup(null, null, null));
		return "platform/setup";
	}

	@PostMapping("/setup/{secret}")
	String create(@PathVariable String secret, @Valid @ModelAttribute("form") AccountForms.Setup form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		boolean valid = links.isValid(secret, OneTimeLinks.Purpose.SETUP_ADMIN);
		model.addAttribute("valid", valid);
		if (!valid || errors.hasErrors()) {
			return "platform/setup";
		}
		try {
			accounts.createFirstAdminFromLink(secret, form.email(), form.password(), form.displayName());
			redirect.addFlashAttribute("flash", "platform.setup.done");
			return "redirect:/login";
		}
		catch (AccountRefused refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return "platform/setup";
		}
	}

}
