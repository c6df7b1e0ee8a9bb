package ca.pignon.providers.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.Dates;
import ca.pignon.platform.PignonUser;
import ca.pignon.providers.ChoiceManagement;
import ca.pignon.providers.DeliveryManagement;
import ca.pignon.providers.ProviderAccountManagement;
import ca.pignon.providers.ProviderDetails;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProviderStatus;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;

/** The directory for managers: applications to vet with the checklist, approvals to renew, suspensions. */
@Controller
class DirectoryController {

	private final ProvidersManagement providers;

	private final ChoiceManagement choices;

	private final DeliveryManagement deliveries;

	private final ProviderAccountManagement accounts;

	DirectoryController(ProvidersManagement providers, DeliveryManagement deliveries,
			ProviderAccountManagement accounts, ChoiceManagement choices) {
		this.accounts = accounts;
		this.deliveries = deliveries;
		this.providers = providers;
		this.choices = choices;
	}

	@GetMapping("/providers/directory")
	String directory(@RequestParam(required = false) @Nullable String status, Model model) {
		ProviderStatus filter = null;
		try {
			filter = status == null || status.isBlank() ? null : ProviderStatus.valueOf(status);
		}
		catch (IllegalArgumentException ex) {
			// an unknown status lists everyone
		}
		model.addAttribute("providers", providers.directory(filter));
		model.addAttribute("pendingChanges", accounts.withPendingChanges());
		model.addAttribute("status", filter);
		model.addAttribute("statuses", ProviderStatus.values());
		model.addAttribute("today", LocalDate.now(Dates.PROGRAM_ZONE));
		return "providers/directory";
	}

	@GetMapping("/providers/neutrality")
	String neutrality(Model model) {
		model.addAttribute("report", choices.neutrality());
		return "providers/neutrality";
	}

	@GetMapping("/providers/directory/{id}")
	String provider(@PathVariable UUID id, Locale locale, Model model) {
		ProviderDetails provider = providers.provider(new ProviderId(id));
		VettingForm form = new VettingForm();
		form.setNeqChecked(provider.neqChecked());
		form.setReferencesCalled(provider.referencesCalled());
		form.setWorkSeen(provider.workSeen());
		return page(provider, form, locale, model);
	}

	@PostMapping("/providers/directory/{id}/vetting")
	String vet(@PathVariable UUID id, @ModelAttribute("vettingForm") VettingForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		ProviderId provider = new ProviderId(id);
		try {
			ProviderDetails vetted = providers.vet(provider, Commands.vetting(form), user.accountId());
			flash.addFlashAttribute("flash", "providers.vetting.done." + vetted.status());
			return "redirect:/providers/directory/" + id;
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return page(providers.provider(provider), form, locale, model);
		}
	}

	@PostMapping("/providers/directory/{id}/suspension")
	String suspend(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		try {
			providers.suspend(new ProviderId(id), reason, user.accountId());
			flash.addFlashAttribute("flash", "providers.suspension.done");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/directory/" + id;
	}

	/** Invites an approved provider to their account (for one approved before accounts existed, the demo's). */
	@PostMapping("/providers/directory/{id}/account")
	String invite(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			accounts.invite(new ProviderId(id));
			flash.addFlashAttribute("flash", "providers.account.invited");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/directory/" + id;
	}

	/** Accepts the services and areas a provider asked for, or declines them with a reason. */
	@PostMapping("/providers/directory/{id}/changes")
	String decideChanges(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal PignonUser user,
			RedirectAttributes flash) {
		try {
			boolean accept = "accept".equals(decision);
			if (!accept && !"decline".equals(decision)) {
				throw new ProvidersRefused("decision", "providers.choice.required");
			}
			accounts.decideChanges(new ProviderId(id), accept, reason, user.accountId());
			flash.addFlashAttribute("flash", accept ? "providers.changes.accepted" : "providers.changes.declined");
		}
		catch (ProvidersRefused refused) {
			flash.addFlashAttribute("flashError", refused.messageKey());
		}
		return "redirect:/providers/directory/" + id;
	}

	private String page(ProviderDetails provider, VettingForm form, Locale locale, Model model) {
		model.addAttribute("provider", provider);
		model.addAttribute("profile", accounts.profile(provider.id()));
		model.addAttribute("ratings", deliveries.ratingsOf(provider.id()));
		model.addAttribute("vettingForm", form);
		model.addAttribute("services", providers.services());
		model.addAttribute("today", LocalDate.now(Dates.PROGRAM_ZONE));
		return "providers/provider";
	}

}
