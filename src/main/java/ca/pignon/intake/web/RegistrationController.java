package ca.pignon.intake.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountRefused;

/**
 * The first step of registration: the contact person and their account. The draft exists from then on, so that a
 * merchant who stops can sign in later and resume where they left. Registering ends on "check your email": the
 * merchant follows the link of the mail, signs in and describes their business.
 */
@Controller
class RegistrationController {

	private final IntakeManagement intake;

	RegistrationController(IntakeManagement intake) {
		this.intake = intake;
	}

	@ModelAttribute("steps")
	Step[] steps() {
		return Step.values();
	}

	@GetMapping("/register")
	String form(@ModelAttribute("form") RegistrationForms.AccountStep form, @Nullable Authentication authentication) {
		if (authentication != null) {
			return "redirect:/start";
		}
		return "intake/register";
	}

	/**
	 * Creates the account and its draft, or, when the address already has an account, tells its owner by mail: the
	 * answer is the same "check your email" page either way, so that the form never tells who has an account.
	 */
	@PostMapping("/register/account")
	String create(@Valid @ModelAttribute("form") RegistrationForms.AccountStep form, BindingResult errors,
			Locale locale, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return "intake/register";
		}
		try {
			intake.register(form.getEmail(), form.getPassword(), form.contact(), locale);
		}
		catch (AccountRefused refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return "intake/register";
		}
		redirect.addFlashAttribute("email", form.getEmail());
		return "redirect:/register/sent";
	}

	/** "Check your email": where registering ends, whether or not the address had an account. */
	@GetMapping("/register/sent")
	String sent() {
		return "intake/register-sent";
	}

}
