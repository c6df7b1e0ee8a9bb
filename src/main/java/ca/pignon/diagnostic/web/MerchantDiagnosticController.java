package ca.pignon.diagnostic.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.diagnostic.DiagnosticKind;
import ca.pignon.diagnostic.DiagnosticManagement;
import ca.pignon.diagnostic.DiagnosticRefused;
import ca.pignon.diagnostic.DiagnosticSummary;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * The merchant's diagnostic, reached from "Où en est mon dossier ?" once retained: start it, fill it one dimension
 * per page before the meeting, come back on any device, and read the result once the advisor completes it.
 */
@Controller
class MerchantDiagnosticController {

	private final DiagnosticManagement diagnostics;

	private final IntakeManagement intake;

	MerchantDiagnosticController(DiagnosticManagement diagnostics, IntakeManagement intake) {
		this.diagnostics = diagnostics;
		this.intake = intake;
	}

	@GetMapping("/diagnostic/my")
	String mine(@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		ApplicationDetails application = retainedApplication(user, locale);
		List<DiagnosticSummary> list = diagnostics.diagnosticsOf(application.id());
		model.addAttribute("diagnostics", list);
		model.addAttribute("canStart", list.stream().noneMatch(d -> d.kind() == DiagnosticKind.T0));
		model.addAttribute("bank", diagnostics.currentBank());
		return "diagnostic/my";
	}

	@PostMapping("/diagnostic/my")
	String start(@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes flash) {
		ApplicationDetails application = retainedApplication(user, locale);
		try {
			DiagnosticSummary started = diagnostics.start(application.id(), DiagnosticKind.T0,
					DiagnosticAccess.respondent(user), locale);
			String first = diagnostics.bank(started.bankVersion()).dimensions().get(0).id();
			return "redirect:/diagnostic/" + started.id() + "/dimensions/" + first;
		}
		catch (DiagnosticRefused refused) {
			flash.addFlashAttribute("flashError", refused.problems().get(0).messageKey());
			return "redirect:/diagnostic/my";
		}
	}

	private ApplicationDetails retainedApplication(PignonUser user, Locale locale) {
		ApplicationDetails application = intake.applicationOf(user.accountId(), locale).orElseThrow(NotFound::new);
		if (!diagnostics.isRetained(application.id(), locale)
				&& diagnostics.diagnosticsOf(application.id()).isEmpty()) {
			throw new NotFound();
		}
		return application;
	}

}
