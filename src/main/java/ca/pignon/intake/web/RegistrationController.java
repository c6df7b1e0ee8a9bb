package ca.pignon.intake.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.AccountRefused;
import ca.pignon.platform.SignIn;

/**
 * The first step of registration: the contact person and their account. The draft exists from then on, so that a
 * merchant who stops can sign in later and resume where they left.
 */
@Controller
class RegistrationController {

	private final IntakeManagement intake;

	private final SignIn signIn;

	RegistrationController(IntakeManagement intake, SignIn signIn) {
		this.intake = intake;
		this.signIn = signIn;
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

	@PostMapping("/register/account")
	String create(@Valid @ModelAttribute("form") RegistrationForms.AccountStep form, BindingResult errors,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return "intake/register";
		}
		try {
			var account = intake.register(form.getEmail(), form.getPassword(), form.contact(), locale);
			signIn.signIn(account, request, response);
			return "redirect:/intake/my/steps/business";
		}
		catch (AccountRefused refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return "intake/register";
		}
	}

}
