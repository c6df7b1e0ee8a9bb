package ca.pignon.intake.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeCorrections;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.IntakeRefused;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountRefused;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * "Corriger mes renseignements": after submitting, the merchant corrects the contact person and phone, the website
 * and social links, or the storefront's address (decided again by the rules, then confirmed by staff). Each form is
 * checked as at registration and comes back as typed when refused; the others keep the values on file.
 */
@Controller
class CorrectionController {

	private final IntakeManagement intake;

	private final IntakeCorrections corrections;

	private final EmailAddressManagement emailAddresses;

	CorrectionController(IntakeManagement intake, IntakeCorrections corrections, EmailAddressManagement emailAddresses) {
		this.intake = intake;
		this.corrections = corrections;
		this.emailAddresses = emailAddresses;
	}

	@GetMapping("/intake/my/corrections")
	String corrections(@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		ApplicationDetails application = submitted(user, locale);
		return page(application, RegistrationForms.ContactFields.of(application.contact()),
				RegistrationForms.OnlineLinks.of(application.online()), RegistrationForms.StorefrontStep.of(application.storefront()),
				model);
	}

	@PostMapping("/intake/my/corrections/contact")
	String contact(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("contactForm") RegistrationForms.ContactFields form, BindingResult errors,
			@RequestParam long version, Locale locale, Model model, RedirectAttributes flash) {
		ApplicationDetails application = submitted(user, locale);
		if (errors.hasErrors()) {
			return page(application, form, RegistrationForms.OnlineLinks.of(application.online()),
					RegistrationForms.StorefrontStep.of(application.storefront()), model);
		}
		return done(() -> corrections.correctContact(user.accountId(), form.contact(), version), flash);
	}

	@PostMapping("/intake/my/corrections/links")
	String links(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("linksForm") RegistrationForms.OnlineLinks form, BindingResult errors,
			@RequestParam long version, Locale locale, Model model, RedirectAttributes flash) {
		for (String field : List.of("website", "facebook", "instagram")) {
			Object value = errors.getFieldValue(field);
			if (!errors.hasFieldErrors(field) && !Inputs.isValidLink((String) value)) {
				errors.rejectValue(field, "intake.online.link.invalid");
			}
		}
		ApplicationDetails application = submitted(user, locale);
		if (errors.hasErrors()) {
			return page(application, RegistrationForms.ContactFields.of(application.contact()), form,
					RegistrationForms.StorefrontStep.of(application.storefront()), model);
		}
		return done(() -> corrections.correctLinks(user.accountId(), form.getWebsite(), form.getFacebook(),
				form.getInstagram(), Inputs.trimmed(form.getOtherLinks()), version), flash);
	}

	@PostMapping("/intake/my/corrections/storefront")
	String storefront(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("storefrontForm") RegistrationForms.StorefrontStep form, BindingResult errors,
			@RequestParam long version, Locale locale, Model model, RedirectAttributes flash) {
		ApplicationDetails application = submitted(user, locale);
		if (errors.hasErrors()) {
			return page(application, RegistrationForms.ContactFields.of(application.contact()),
					RegistrationForms.OnlineLinks.of(application.online()), form, model);
		}
		return done(() -> corrections.correctStorefront(user.accountId(), form.storefront(), version), flash);
	}

	/**
	 * A new email address: a link is mailed to it (verified again as at registration) and the account keeps its
	 * address until the link is opened; the change then goes in the history ({@code EMAIL_CORRECTED}).
	 */
	@PostMapping("/intake/my/corrections/email")
	String email(@AuthenticationPrincipal PignonUser user, @Valid @ModelAttribute("emailForm") EmailChangeForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes flash) {
		ApplicationDetails application = submitted(user, locale);
		if (!errors.hasErrors()) {
			try {
				emailAddresses.requestEmailChange(user.accountId(), form.email() == null ? "" : form.email(), locale);
				flash.addFlashAttribute("flash", "intake.corrections.emailSent");
				return "redirect:/intake/my/corrections";
			}
			catch (AccountRefused refused) {
				errors.rejectValue("email", refused.messageKey());
			}
		}
		return page(application, RegistrationForms.ContactFields.of(application.contact()),
				RegistrationForms.OnlineLinks.of(application.online()),
				RegistrationForms.StorefrontStep.of(application.storefront()), model);
	}

	private interface Correction {

		boolean apply();

	}

	private static String done(Correction correction, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("flash",
					correction.apply() ? "intake.corrections.saved" : "intake.corrections.unchanged");
		}
		catch (IntakeRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
			return "redirect:/intake/my/corrections";
		}
		return "redirect:/intake/my";
	}

	private String page(ApplicationDetails application, RegistrationForms.ContactFields contact,
			RegistrationForms.OnlineLinks links, RegistrationForms.StorefrontStep storefront, Model model) {
		model.addAttribute("dossier", application);
		model.addAttribute("contactForm", contact);
		model.addAttribute("linksForm", links);
		model.addAttribute("storefrontForm", storefront);
		model.addAttribute("receptionModes", ReceptionMode.values());
		if (!model.containsAttribute("emailForm")) {
			model.addAttribute("emailForm", new EmailChangeForm(null));
		}
		model.addAttribute("pendingEmail", emailAddresses.pendingEmail(application.accountId()).orElse(null));
		return "intake/corrections";
	}

	private ApplicationDetails submitted(PignonUser user, Locale locale) {
		ApplicationDetails application = intake.applicationOf(user.accountId(), locale).orElseThrow(NotFound::new);
		if (application.isDraft()) {
			throw new NotFound();
		}
		return application;
	}

}
