package ca.pignon.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * A person's own account: profile, password, email verification, forgotten password.
 */
@Controller
class AccountController {

	private final AccountManagement accounts;

	private final EmailAddressManagement emailAddresses;

	private final SignIn signIn;

	private final MailRequests mailRequests;

	AccountController(AccountManagement accounts, EmailAddressManagement emailAddresses, SignIn signIn, MailRequests mailRequests) {
		this.accounts = accounts;
		this.emailAddresses = emailAddresses;
		this.signIn = signIn;
		this.mailRequests = mailRequests;
	}

	@GetMapping("/account")
	String profile(@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", new AccountForms.ChangePassword(null, null));
		}
		return "platform/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("passwordForm") AccountForms.ChangePassword form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (!errors.hasErrors()) {
			try {
				accounts.changePassword(user.accountId(), form.currentPassword(), form.newPassword());
				// every other session of the account ends; this one goes on, with the new stamp
				signIn.signIn(user.accountId(), request, response);
				redirect.addFlashAttribute("flash", "platform.password.changed");
				return "redirect:/account";
			}
			catch (AccountRefused refused) {
				errors.rejectValue(refused.field().equals("password") ? "newPassword" : refused.field(),
						refused.messageKey());
			}
		}
		model.addAttribute("account", accounts.find(user.accountId()).orElseThrow());
		return "platform/account";
	}

	@PostMapping("/account/verification")
	String resendVerification(@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			emailAddresses.resendVerification(user.accountId(), locale, request.getRemoteAddr());
			redirect.addFlashAttribute("flash", "platform.verify.resent");
		}
		catch (AccountRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/account";
	}

	@GetMapping("/account/verify/{secret}")
	String verify(@PathVariable String secret, Model model) {
		model.addAttribute("verified", emailAddresses.verifyEmail(secret));
		return "platform/verified";
	}

	/** The link mailed to a new address (a merchant's correction): the address becomes the account's. */
	@GetMapping("/account/email/{secret}")
	String changeEmail(@PathVariable String secret, Model model, java.util.Locale locale) {
		model.addAttribute("verified", emailAddresses.confirmEmailChange(secret, locale));
		model.addAttribute("emailChange", true);
		return "platform/verified";
	}

	@GetMapping("/account/forgot")
	String forgotForm(Model model) {
		model.addAttribute("form", new AccountForms.ForgotPassword(null));
		return "platform/forgot";
	}

	@PostMapping("/account/forgot")
	String forgot(@Valid @ModelAttribute("form") AccountForms.ForgotPassword form, BindingResult errors, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		if (errors.hasErrors()) {
			return "platform/forgot";
		}
		if (!mailRequests.allow(request.getRemoteAddr(), "RESET_PASSWORD")) {
			errors.reject("platform.mail.tooMany");
			return "platform/forgot";
		}
		accounts.requestPasswordReset(form.email(), locale);
		redirect.addFlashAttribute("flash", "platform.forgot.sent");
		return "redirect:/login";
	}

	@GetMapping("/account/password/{secret}")
	String setPasswordForm(@PathVariable String secret, Model model) {
		model.addAttribute("valid", accounts.isPasswordLinkValid(secret));
		model.addAttribute("form", new AccountForms.SetPassword(null));
		return "platform/set-password";
	}

	@PostMapping("/account/password/{secret}")
	String setPassword(@PathVariable String secret, @Valid @ModelAttribute("form") AccountForms.SetPassword form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		model.addAttribute("valid", accounts.isPasswordLinkValid(secret));
		if (!errors.hasErrors()) {
			try {
				accounts.setPasswordFromLink(secret, form.password());
				redirect.addFlashAttribute("flash", "platform.password.set");
				return "redirect:/login";
			}
			catch (AccountRefused refused) {
				errors.rejectValue("password", refused.messageKey());
			}
		}
		return "platform/set-password";
	}

}
