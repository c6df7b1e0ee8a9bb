package ca.pignon.intake.web;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
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

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.ConsentPurpose;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.DossierStatusContributor;
import ca.pignon.dossier.DossierStatusSection;
import ca.pignon.intake.Goal;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.IntakeRefused;
import ca.pignon.intake.ReceptionMode;
import ca.pignon.intake.WorkBy;
import ca.pignon.platform.EmailAddressManagement;
import ca.pignon.platform.AccountRefused;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * The merchant's own application: the steps of the draft, the review, the submission and the decision.
 */
@Controller
class DraftController {

	private final IntakeManagement intake;

	private final ObjectProvider<DossierStatusContributor> laterStages;

	private final EmailAddressManagement emailAddresses;

	private final DossierManagement dossiers;

	DraftController(IntakeManagement intake, ObjectProvider<DossierStatusContributor> laterStages,
			EmailAddressManagement emailAddresses, DossierManagement dossiers) {
		this.dossiers = dossiers;
		this.intake = intake;
		this.laterStages = laterStages;
		this.emailAddresses = emailAddresses;
	}

	@ModelAttribute("steps")
	Step[] steps() {
		return Step.values();
	}

	@GetMapping("/intake/my")
	String status(@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		var application = mine(user, locale);
		if (application.isDraft()) {
			model.addAttribute("dossier", application);
			model.addAttribute("resume", Step.reachable(application.completedSteps()));
			return "intake/my-draft";
		}
		model.addAttribute("dossier", application);
		model.addAttribute("journey", dossiers.ofMerchant(user.accountId())
			.map(dossier -> Journey.of(dossier.stage(), dossier.eligibility(), dossier.outcome()))
			.orElse(null));
		model.addAttribute("otherResources", intake.otherResources());
		model.addAttribute("sections", laterStages.orderedStream()
			.flatMap(stage -> stage.sectionFor(user.accountId(), locale).stream())
			.sorted(Comparator.comparingInt(DossierStatusSection::order))
			.toList());
		return "intake/my-application";
	}

	@GetMapping("/intake/my/steps/{slug}")
	String step(@AuthenticationPrincipal PignonUser user, @PathVariable String slug, Locale locale, Model model) {
		Step step = Step.of(slug).orElseThrow(NotFound::new);
		var application = mine(user, locale);
		if (!application.isDraft()) {
			return "redirect:/intake/my";
		}
		Step reachable = Step.reachable(application.completedSteps());
		if (step.number > reachable.number) {
			return "redirect:/intake/my/steps/" + reachable.slug;
		}
		switch (step) {
			case BUSINESS -> model.addAttribute("form", RegistrationForms.BusinessStep.of(application.business()));
			case STOREFRONT -> model.addAttribute("form", RegistrationForms.StorefrontStep.of(application.storefront()));
			case ONLINE -> model.addAttribute("form", RegistrationForms.OnlineStep.of(application.online()));
			case COMMITMENT -> model.addAttribute("form",
					RegistrationForms.CommitmentStep.of(application.commitment(), active(intake.consentsOf(user.accountId()))));
			case REVIEW -> model.addAttribute("consents", intake.consentsOf(user.accountId()));
		}
		return view(step, application, locale, model);
	}

	/** The search button of the business step, for browsers without JavaScript: searches, keeps what was typed. */
	@PostMapping(path = "/intake/my/steps/business", params = "search")
	String searchSector(@AuthenticationPrincipal PignonUser user,
			@ModelAttribute("form") RegistrationForms.BusinessStep form, BindingResult ignored, Locale locale,
			Model model, RedirectAttributes redirect) {
		var application = mine(user, locale);
		String refusal = refusal(Step.BUSINESS, application, redirect);
		return refusal != null ? refusal : view(Step.BUSINESS, application, locale, model);
	}

	@PostMapping(path = "/intake/my/steps/business", params = "!search")
	String business(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("form") RegistrationForms.BusinessStep form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		String refusal = refusal(Step.BUSINESS, mine(user, locale), redirect);
		if (refusal != null) {
			return refusal;
		}
		if (!errors.hasErrors()) {
			try {
				intake.describeBusiness(user.accountId(), form.business());
				return "redirect:/intake/my/steps/" + Step.STOREFRONT.slug;
			}
			catch (IntakeRefused refused) {
				errors.rejectValue("naicsCode", refused.messageKey());
			}
		}
		return view(Step.BUSINESS, mine(user, locale), locale, model);
	}

	@PostMapping("/intake/my/steps/storefront")
	String storefront(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("form") RegistrationForms.StorefrontStep form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		return save(Step.STOREFRONT, user, errors, locale, model, redirect,
				() -> intake.describeStorefront(user.accountId(), form.storefront()));
	}

	@PostMapping("/intake/my/steps/online")
	String online(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("form") RegistrationForms.OnlineStep form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		for (String field : List.of("website", "facebook", "instagram")) {
			Object value = errors.getFieldValue(field);
			if (!errors.hasFieldErrors(field) && !Inputs.isValidLink((String) value)) {
				errors.rejectValue(field, "intake.online.link.invalid");
			}
		}
		return save(Step.ONLINE, user, errors, locale, model, redirect,
				() -> intake.describeOnlinePresence(user.accountId(), form.getWebsite(), form.getFacebook(),
						form.getInstagram(), form.getOtherLinks(), form.getGoals(),
						Inputs.trimmed(form.getGoalsOther())));
	}

	@PostMapping("/intake/my/steps/commitment")
	String commitment(@AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("form") RegistrationForms.CommitmentStep form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		return save(Step.COMMITMENT, user, errors, locale, model, redirect,
				() -> intake.describeCommitment(user.accountId(), form.commitment(), form.getConsents(), locale));
	}

	/** A step's answer is saved when the step may be answered now and the form is valid; otherwise nothing is. */
	private String save(Step step, PignonUser user, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect, Runnable saving) {
		var dossier = mine(user, locale);
		String refusal = refusal(step, dossier, redirect);
		if (refusal != null) {
			return refusal;
		}
		if (errors.hasErrors()) {
			return view(step, dossier, locale, model);
		}
		saving.run();
		return "redirect:/intake/my/steps/" + step.next().slug;
	}

	@PostMapping("/intake/my/submit")
	String submit(@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes redirect) {
		try {
			intake.submit(user.accountId(), locale);
			return "redirect:/intake/my?submitted";
		}
		catch (IntakeRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
			// an address not verified yet: back to the review, which offers the link again; the draft is untouched
			var application = mine(user, locale);
			return application.isDraft() && !application.emailVerified()
					&& Step.reachable(application.completedSteps()) == Step.REVIEW
							? "redirect:/intake/my/steps/" + Step.REVIEW.slug : "redirect:/intake/my";
		}
	}

	/**
	 * Sends the verification link again, within the mail limits (per client and per address), and comes back to the
	 * page it was asked from: the review ({@code back=review}) or "Mon dossier".
	 */
	@PostMapping("/intake/my/verification")
	String resendVerification(@AuthenticationPrincipal PignonUser user,
			@RequestParam(defaultValue = "") String back, Locale locale, RedirectAttributes redirect,
			HttpServletRequest request) {
		try {
			emailAddresses.resendVerification(user.accountId(), locale, request.getRemoteAddr());
			redirect.addFlashAttribute("flash", "intake.verification.resent");
		}
		catch (AccountRefused refused) {
			redirect.addFlashAttribute("flashError", refused.messageKey());
		}
		return back.equals(Step.REVIEW.slug) ? "redirect:/intake/my/steps/" + Step.REVIEW.slug : "redirect:/intake/my";
	}

	/** Live search of sectors for htmx; without JavaScript, the search button posts the step instead. */
	@GetMapping("/intake/my/sectors")
	String sectors(@RequestParam(defaultValue = "") String sectorQuery,
			@RequestParam(required = false) @Nullable String naicsCode, Locale locale, Model model) {
		model.addAttribute("results", intake.searchSectors(limit(sectorQuery), locale));
		model.addAttribute("selectedCode", naicsCode);
		model.addAttribute("query", sectorQuery);
		return "intake/step-business :: results";
	}

	private String view(Step step, ApplicationDetails application, Locale locale, Model model) {
		model.addAttribute("dossier", application);
		model.addAttribute("step", step);
		switch (step) {
			case BUSINESS -> {
				var form = (RegistrationForms.BusinessStep) model.getAttribute("form");
				String query = form == null || form.getSectorQuery() == null ? "" : limit(form.getSectorQuery());
				model.addAttribute("query", query);
				model.addAttribute("results", query.isBlank() ? List.of() : intake.searchSectors(query, locale));
				model.addAttribute("commonSectors", intake.commonSectors(locale));
				model.addAttribute("selectedCode", form == null ? null : form.getNaicsCode());
				model.addAttribute("selectedSector",
						form == null || form.getNaicsCode() == null ? null
								: intake.sector(form.getNaicsCode(), locale).orElse(null));
			}
			case STOREFRONT -> model.addAttribute("receptionModes", ReceptionMode.values());
			case ONLINE -> model.addAttribute("allGoals", Goal.values());
			case COMMITMENT -> {
				model.addAttribute("hours", HoursPerWeek.values());
				model.addAttribute("workers", WorkBy.values());
				model.addAttribute("purposes", ConsentPurpose.values());
			}
			case REVIEW -> {
				if (!model.containsAttribute("consents")) {
					model.addAttribute("consents", intake.consentsOf(application.accountId()));
				}
			}
		}
		return "intake/step-" + step.slug;
	}

	/**
	 * Where a posted step goes instead of being saved: a submitted application can no longer change, and a step
	 * ahead of the first unfinished one cannot be saved out of order.
	 */
	private static @Nullable String refusal(Step step, ApplicationDetails application, RedirectAttributes redirect) {
		if (!application.isDraft()) {
			redirect.addFlashAttribute("flashError", "intake.refused.alreadySubmitted");
			return "redirect:/intake/my";
		}
		Step reachable = Step.reachable(application.completedSteps());
		return step.number > reachable.number ? "redirect:/intake/my/steps/" + reachable.slug : null;
	}

	private ApplicationDetails mine(PignonUser user, Locale locale) {
		return intake.applicationOf(user.accountId(), locale).orElseThrow(NotFound::new);
	}

	private static Set<ConsentPurpose> active(Map<ConsentPurpose, Boolean> consents) {
		var active = EnumSet.noneOf(ConsentPurpose.class);
		consents.forEach((purpose, granted) -> {
			if (granted) {
				active.add(purpose);
			}
		});
		return active;
	}

	private static String limit(String query) {
		return query.length() > IntakeManagement.SECTOR_QUERY_MAX_LENGTH
				? query.substring(0, IntakeManagement.SECTOR_QUERY_MAX_LENGTH) : query;
	}

}
