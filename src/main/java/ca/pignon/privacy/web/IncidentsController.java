package ca.pignon.privacy.web;

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
import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.Incident;
import ca.pignon.privacy.Incidents;
import ca.pignon.privacy.PrivacyRefused;

/**
 * The register of confidentiality incidents, for the people in charge of personal information (404 for anyone
 * else): the list, an incident entered or brought up to date, and the notice to the people drafted from it.
 */
@Controller
class IncidentsController {

	private final Incidents incidents;

	IncidentsController(Incidents incidents) {
		this.incidents = incidents;
	}

	@GetMapping("/privacy/incidents")
	String list(@AuthenticationPrincipal PignonUser user, Model model) {
		model.addAttribute("incidents", incidents.all(user.accountId()));
		return "privacy/incidents";
	}

	@GetMapping("/privacy/incidents/new")
	String blank(@AuthenticationPrincipal PignonUser user, Model model) {
		incidents.all(user.accountId());
		return form(null, new IncidentForm(), model);
	}

	@PostMapping("/privacy/incidents")
	String record(@ModelAttribute("incidentForm") IncidentForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		incidents.all(user.accountId());
		if (binding.hasErrors()) {
			return form(null, form, model);
		}
		try {
			Incident recorded = incidents.record(form.input(), user.accountId());
			flash.addFlashAttribute("flash", "privacy.incident.recorded");
			return "redirect:/privacy/incidents/" + recorded.id();
		}
		catch (PrivacyRefused refused) {
			FormErrors.reject(refused, binding);
			return form(null, form, model);
		}
	}

	@GetMapping("/privacy/incidents/{id}")
	String incident(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Model model) {
		Incident incident = incidents.get(id, user.accountId());
		return form(incident, IncidentForm.of(incident), model);
	}

	@PostMapping("/privacy/incidents/{id}")
	String update(@PathVariable UUID id, @ModelAttribute("incidentForm") IncidentForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		Incident incident = incidents.get(id, user.accountId());
		if (binding.hasErrors()) {
			return form(incident, form, model);
		}
		try {
			incidents.update(id, form.input(), form.getVersion(), user.accountId());
			flash.addFlashAttribute("flash", "privacy.incident.updated");
			return "redirect:/privacy/incidents/" + id;
		}
		catch (PrivacyRefused refused) {
			FormErrors.reject(refused, binding);
			return form(incident, form, model);
		}
	}

	@GetMapping("/privacy/incidents/{id}/notice")
	String notice(@PathVariable UUID id, @RequestParam(defaultValue = "fr") String language,
			@AuthenticationPrincipal PignonUser user, Model model) {
		Locale locale = "en".equals(language) ? Locale.CANADA : Locale.CANADA_FRENCH;
		model.addAttribute("incident", incidents.get(id, user.accountId()));
		model.addAttribute("noticeLanguage", locale.getLanguage());
		model.addAttribute("notice", incidents.notice(id, locale, user.accountId()));
		return "privacy/incident-notice";
	}

	private static String form(@Nullable Incident incident, IncidentForm form, Model model) {
		model.addAttribute("incident", incident);
		model.addAttribute("incidentForm", form);
		return "privacy/incident";
	}

}
