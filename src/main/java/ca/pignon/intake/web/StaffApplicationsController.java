package ca.pignon.intake.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.shared.Actor;
import ca.pignon.intake.ApplicationFilter;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.ApplicationStatus;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.intake.IntakeRefused;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Need;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.GeoPoint;

/**
 * Staff review of applications: the filtered list, one application with its evidence and audit trail, eligibility
 * overrides and manual placement of the storefront.
 */
@Controller
class StaffApplicationsController {

	private final IntakeManagement intake;

	private final MessageSource messages;

	private final DossierManagement dossiers;

	StaffApplicationsController(IntakeManagement intake, MessageSource messages, DossierManagement dossiers) {
		this.intake = intake;
		this.messages = messages;
		this.dossiers = dossiers;
	}

	/** French speakers write "46,8119": the comma is read as the decimal separator too. */
	@InitBinder("placement")
	void acceptDecimalComma(WebDataBinder binder) {
		binder.registerCustomEditor(Double.class, new DecimalCommaEditor());
	}

	@GetMapping("/intake/applications")
	String list(@RequestParam(required = false) @Nullable ApplicationStatus status,
			@RequestParam(required = false) @Nullable Eligibility eligibility,
			@RequestParam(required = false) @Nullable String municipality,
			@RequestParam(required = false) @Nullable String arrondissement,
			@RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		var sectors = intake.topLevelSectors(locale);
		String knownSector = sectors.stream()
			.map(ca.pignon.intake.Sector::code)
			.filter(code -> code.equals(sector))
			.findFirst()
			.orElse(null);
		var filter = new ApplicationFilter(status, eligibility, blankToNull(municipality), blankToNull(arrondissement),
				knownSector, from, to, q == null ? null : q.substring(0, Math.min(q.length(), 100)));
		model.addAttribute("filter", filter);
		// advisors list only what the dossier's rule lets them open: followed, reviewed, to check in their areas
		model.addAttribute("results", intake.search(filter, page, dossiers.applicationsVisibleTo(user)));
		model.addAttribute("sectors", sectors);
		model.addAttribute("municipalities", intake.knownMunicipalities());
		model.addAttribute("arrondissements", intake.knownArrondissements());
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("eligibilities", Eligibility.values());
		return htmx != null ? "intake/applications :: results" : "intake/applications";
	}

	@GetMapping("/intake/applications/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		dossiers.requireAccess(user, new ApplicationId(id), Need.APPLICATION);
		var application = intake.application(new ApplicationId(id), locale);
		model.addAttribute("dossier", application);
		model.addAttribute("changes",
				intake.changesOf(application.id()).stream().map(change -> ChangeView.of(change, messages, locale)).toList());
		model.addAttribute("eligibilities", Eligibility.values());
		model.addAttribute("map", intake.territoryMap());
		model.addAttribute("sdc", intake.sdc(application.id()));
		if (!model.containsAttribute("sdcForm")) {
			model.addAttribute("sdcForm", new StaffForms.SdcChoice());
		}
		if (!model.containsAttribute("override")) {
			model.addAttribute("override", new StaffForms.Override(null, null, application.version()));
		}
		if (!model.containsAttribute("placement")) {
			var location = application.location();
			model.addAttribute("placement", new StaffForms.Placement(location == null ? null : location.latitude(),
					location == null ? null : location.longitude(), null, application.version()));
		}
		return "intake/application";
	}

	@PostMapping("/intake/applications/{id}/eligibility")
	String override(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("override") StaffForms.Override form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		dossiers.requireAccess(user, new ApplicationId(id), Need.APPLICATION);
		if (!errors.hasErrors()) {
			try {
				intake.overrideEligibility(new ApplicationId(id), form.eligibility(), form.reason(), form.version(),
						actor(user));
				redirect.addFlashAttribute("flash", "intake.override.done");
				return "redirect:/intake/applications/" + id;
			}
			catch (IntakeRefused refused) {
				errors.reject(refused.messageKey());
				form.setVersion(versionToRetry(id, refused, form.version(), locale));
			}
		}
		return show(id, user, locale, model);
	}

	@PostMapping("/intake/applications/{id}/location")
	String place(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("placement") StaffForms.Placement form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		dossiers.requireAccess(user, new ApplicationId(id), Need.APPLICATION);
		if (!errors.hasErrors()) {
			try {
				intake.placeManually(new ApplicationId(id), new GeoPoint(form.latitude(), form.longitude()),
						form.placementReason(), form.version(), actor(user));
				redirect.addFlashAttribute("flash", "intake.placement.done");
				return "redirect:/intake/applications/" + id;
			}
			catch (IntakeRefused refused) {
				errors.reject(refused.messageKey());
				form.setVersion(versionToRetry(id, refused, form.version(), locale));
			}
		}
		return show(id, user, locale, model);
	}

	@PostMapping("/intake/applications/{id}/sdc")
	String chooseSdc(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("sdcForm") StaffForms.SdcChoice form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
		dossiers.requireAccess(user, new ApplicationId(id), Need.APPLICATION);
		try {
			intake.chooseSdc(new ApplicationId(id), form.getSdcChoice(), form.getSdcReason(), actor(user));
			redirect.addFlashAttribute("flash", "intake.sdc.done");
			return "redirect:/intake/applications/" + id;
		}
		catch (IntakeRefused refused) {
			ca.pignon.platform.FormErrors.reject(refused, errors);
			response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_BAD_REQUEST);
		}
		return show(id, user, locale, model);
	}

	/**
	 * After a stale-version refusal the page shows the latest version: the form must carry that version too, or the
	 * staff member could never retry from this page.
	 */
	private @Nullable Long versionToRetry(UUID id, IntakeRefused refused, @Nullable Long seen, Locale locale) {
		return "intake.refused.staleVersion".equals(refused.messageKey())
				? intake.application(new ApplicationId(id), locale).version() : seen;
	}

	private static Actor actor(PignonUser user) {
		return Actor.of(user.accountId());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
