package ca.pignon.webaudit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Need;
import ca.pignon.platform.PignonUser;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.webaudit.WebAuditRefused;
import ca.pignon.webaudit.WebAuditRun;

/**
 * Staff's page of an application's web audit: the latest run grouped by status, what changed since the run before,
 * earlier runs, and a button to run it again (a plain form: works without JavaScript).
 */
@Controller
class WebAuditPageController {

	/** Most urgent first: what fails, what could be better, what is fine, what does not apply. */
	static final List<CheckStatus> GROUPS = List.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.PASS,
			CheckStatus.NOT_APPLICABLE);

	private final WebAuditManagement audits;

	private final IntakeManagement intake;

	private final DossierManagement dossiers;

	WebAuditPageController(WebAuditManagement audits, IntakeManagement intake, DossierManagement dossiers) {
		this.audits = audits;
		this.intake = intake;
		this.dossiers = dossiers;
	}

	@GetMapping("/webaudit/applications/{id}")
	String show(@PathVariable("id") UUID applicationId, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model) {
		var id = new ApplicationId(applicationId);
		dossiers.requireAccess(user, id, Need.APPLICATION);
		var dossier = intake.application(id, locale);
		List<WebAuditRun> runs = audits.runsOf(id, locale);
		model.addAttribute("dossier", dossier);
		model.addAttribute("website", audits.websiteOf(id, locale).orElse(null));
		model.addAttribute("latest", runs.isEmpty() ? null : runs.get(0));
		model.addAttribute("earlier", runs.size() > 1 ? runs.subList(1, runs.size()) : List.of());
		model.addAttribute("groups", GROUPS);
		model.addAttribute("comparison",
				runs.size() > 1 ? WebAuditManagement.compare(runs.get(0).audit(), runs.get(1).audit()) : null);
		return "webaudit/application";
	}

	@PostMapping("/webaudit/applications/{id}/runs")
	String run(@PathVariable("id") UUID applicationId, @AuthenticationPrincipal PignonUser user, Locale locale,
			RedirectAttributes redirect) {
		var id = new ApplicationId(applicationId);
		dossiers.requireAccess(user, id, Need.APPLICATION);
		intake.application(id, locale);
		try {
			audits.auditApplication(id, Actor.of(user.accountId()), locale);
			redirect.addFlashAttribute("flash", "webaudit.page.done");
		}
		catch (WebAuditRefused ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalArguments",
					Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
		}
		return "redirect:/webaudit/applications/" + applicationId;
	}

}
