package ca.pignon.plan.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.plan.PlanConflict;
import ca.pignon.plan.PlanEdit;
import ca.pignon.plan.PlanId;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanRefused;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;

/**
 * The advisor's plan page: the draft form from the completed diagnostic, then the editor of the current version (add,
 * remove, move, reschedule, the advisor's own actions and notes, warnings, history, the merchant's requests) and
 * sending it. Every change is a new version; a refused change keeps what was typed.
 */
@Controller
class StaffPlanController {

	private final PlanManagement plans;

	private final PlanDocuments documents;

	private final IntakeManagement intake;

	private final PlanAccess access;

	private final MessageSource messages;

	StaffPlanController(PlanManagement plans, PlanDocuments documents, IntakeManagement intake, PlanAccess access,
			MessageSource messages) {
		this.plans = plans;
		this.documents = documents;
		this.intake = intake;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/plan/applications/{application}")
	String application(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model) {
		ApplicationId id = new ApplicationId(application);
		access.staffFor(id, user);
		model.addAttribute("dossier", intake.application(id, locale));
		Optional<PlanSummary> plan = plans.planOf(id);
		if (plan.isEmpty()) {
			model.addAttribute("diagnostic", plans.startingDiagnostic(id).orElse(null));
			model.addAttribute("minMonth", plans.nextMonth().minusMonths(1).toString());
			if (!model.containsAttribute("start")) {
				model.addAttribute("start", plans.nextMonth().toString());
				model.addAttribute("hoursPerWeek", plans.hoursPerWeekOf(id, locale).toPlainString().replace('.', ','));
			}
			return "plan/draft";
		}
		PlanId planId = plan.get().id();
		model.addAttribute("plan", plan.get());
		model.addAttribute("doc", documents.document(planId, null, locale));
		model.addAttribute("history", plans.history(planId, locale));
		model.addAttribute("requests", plans.changeRequests(planId, locale));
		model.addAttribute("addable", plans.addableActions(planId));
		model.addAttribute("doers", ca.pignon.plan.Doer.values());
		model.addAttribute("minMonth", plans.nextMonth().minusMonths(1).toString());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "plan/edit";
	}

	@PostMapping("/plan/applications/{application}")
	String draft(@PathVariable UUID application, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "") String hoursPerWeek, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		access.staffFor(id, user);
		try {
			DraftForm.Values values = new DraftForm(start, hoursPerWeek).values();
			plans.draft(id, values.start(), values.hoursPerWeek(), PlanAccess.actor(user), locale);
			flash.addFlashAttribute("flash", "plan.drafted");
			return "redirect:/plan/applications/" + application;
		}
		catch (PlanRefused refused) {
			FormErrors.show(refused, "f-", messages, locale, model);
			model.addAttribute("start", start);
			model.addAttribute("hoursPerWeek", hoursPerWeek);
			return application(application, user, locale, model);
		}
	}

	@PostMapping("/plan/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(defaultValue = "0") int version,
			@RequestParam(defaultValue = "") String op, @RequestParam Map<String, String> typed,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		PlanSummary plan = access.plan(new PlanId(id), user);
		access.staffFor(plan.applicationId(), user);
		try {
			PlanEdit edit = new PlanEditForm(op, typed).command();
			plans.edit(plan.id(), version, edit, PlanAccess.actor(user), locale);
			flash.addFlashAttribute("flash", "plan.edit.saved");
			return "redirect:/plan/applications/" + plan.applicationId().value() + "#actions";
		}
		catch (PlanRefused refused) {
			FormErrors.show(refused, "f-", messages, locale, model);
			model.addAttribute("typed", typed);
			return application(plan.applicationId().value(), user, locale, model);
		}
		catch (PlanConflict conflict) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("typed", typed);
			return application(plan.applicationId().value(), user, locale, model);
		}
	}

	@PostMapping("/plan/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(defaultValue = "0") int version,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		PlanSummary plan = access.plan(new PlanId(id), user);
		access.staffFor(plan.applicationId(), user);
		try {
			plans.send(plan.id(), version, PlanAccess.actor(user));
			flash.addFlashAttribute("flash", "plan.sent");
			return "redirect:/plan/applications/" + plan.applicationId().value();
		}
		catch (PlanRefused refused) {
			flash.addFlashAttribute("flashError", refused.problems().get(0).messageKey());
			return "redirect:/plan/applications/" + plan.applicationId().value();
		}
		catch (PlanConflict conflict) {
			model.addAttribute("conflict", conflict);
			model.addAttribute("typed", Map.of());
			return application(plan.applicationId().value(), user, locale, model);
		}
	}

}
