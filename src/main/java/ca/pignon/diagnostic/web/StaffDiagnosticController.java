package ca.pignon.diagnostic.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

/**
 * A merchant's diagnostics for their advisor and managers: T0 started by the merchant or here, T1 once T0 is
 * complete, each with its progress, and the way into the questionnaire and the result.
 */
@Controller
class StaffDiagnosticController {

	private final DiagnosticManagement diagnostics;

	private final IntakeManagement intake;

	private final DiagnosticAccess access;

	StaffDiagnosticController(DiagnosticManagement diagnostics, IntakeManagement intake, DiagnosticAccess access) {
		this.diagnostics = diagnostics;
		this.intake = intake;
		this.access = access;
	}

	@GetMapping("/diagnostic/applications/{application}")
	String application(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model) {
		ApplicationId id = new ApplicationId(application);
		access.staffFor(id, user);
		List<DiagnosticSummary> list = diagnostics.diagnosticsOf(id);
		boolean t0 = list.stream().anyMatch(d -> d.kind() == DiagnosticKind.T0);
		boolean t0Done = list.stream().anyMatch(d -> d.kind() == DiagnosticKind.T0 && d.completed());
		boolean t1 = list.stream().anyMatch(d -> d.kind() == DiagnosticKind.T1);
		model.addAttribute("dossier", intake.application(id, locale));
		model.addAttribute("diagnostics", list);
		model.addAttribute("retained", diagnostics.isRetained(id, locale));
		DiagnosticKind startable = !t0 ? DiagnosticKind.T0 : t0Done && !t1 ? DiagnosticKind.T1 : null;
		model.addAttribute("startable", startable);
		if (startable == DiagnosticKind.T1) {
			model.addAttribute("t1", diagnostics.t1OpeningOf(id));
			model.addAttribute("mayOpenEarly", user.role() == Role.MANAGER || user.role() == Role.ADMIN);
			model.addAttribute("earlyReasonMax", DiagnosticManagement.EARLY_REASON_MAX);
		}
		model.addAttribute("bank", diagnostics.currentBank());
		return "diagnostic/application";
	}

	/** A manager opens the end-of-accompaniment diagnostic before its time, with a reason. */
	@PostMapping("/diagnostic/applications/{application}/t1-early")
	String startT1Early(@PathVariable UUID application, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		access.staffFor(id, user);
		try {
			DiagnosticSummary started = diagnostics.startT1Early(id, reason, user, locale);
			String first = diagnostics.bank(started.bankVersion()).dimensions().get(0).id();
			return "redirect:/diagnostic/" + started.id() + "/dimensions/" + first;
		}
		catch (DiagnosticRefused refused) {
			// the reason comes back as typed, with what was wrong with it
			flash.addFlashAttribute("flashError", refused.problems().get(0).messageKey());
			flash.addFlashAttribute("earlyReason", reason);
			return "redirect:/diagnostic/applications/" + application + "#t1-early";
		}
	}

	@PostMapping("/diagnostic/applications/{application}")
	String start(@PathVariable UUID application, @RequestParam(defaultValue = "T0") String kind,
			@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		access.staffFor(id, user);
		DiagnosticKind chosen = "T1".equals(kind) ? DiagnosticKind.T1 : DiagnosticKind.T0;
		try {
			DiagnosticSummary started = diagnostics.start(id, chosen, DiagnosticAccess.respondent(user), locale);
			String first = diagnostics.bank(started.bankVersion()).dimensions().get(0).id();
			return "redirect:/diagnostic/" + started.id() + "/dimensions/" + first;
		}
		catch (DiagnosticRefused refused) {
			flash.addFlashAttribute("flashError", refused.problems().get(0).messageKey());
			return "redirect:/diagnostic/applications/" + application;
		}
	}

}
