package ca.pignon.webaudit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.dossier.DossierManagement;
import ca.pignon.dossier.Need;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.webaudit.AuditJob;
import ca.pignon.webaudit.AuditJobState;
import ca.pignon.webaudit.CheckStatus;
import ca.pignon.webaudit.WebAuditManagement;
import ca.pignon.webaudit.WebAuditRefused;
import ca.pignon.webaudit.WebAuditRun;

/**
 * Staff's page of an application's web audit: the latest run grouped by status, what changed since the run before,
 * earlier runs, and a button to run it again (a plain form: works without JavaScript). The button starts a job, which
 * runs in the background on whichever instance has a place; the page follows it with htmx.
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
		Optional<AuditJob> job = audits.latestJobOf(id);
		model.addAttribute("job", job.filter(running -> !running.finished()).orElse(null));
		// a job refused while running says why until an audit runs, also to whoever reloads the page without htmx
		model.addAttribute("refusedJob", job.filter(refused -> refused.state() == AuditJobState.REFUSED)
			.filter(refused -> runs.isEmpty() || refused.createdAt().isAfter(runs.get(0).audit().fetchedAt()))
			.orElse(null));
		return "webaudit/application";
	}

	/**
	 * Where the job started from the page stands: the status while it waits or runs (htmx asks again every few
	 * seconds); once it ends, the page itself, with what it found or why it could not run.
	 */
	@GetMapping("/webaudit/applications/{id}/jobs/{job}")
	String job(@PathVariable("id") UUID applicationId, @PathVariable("job") UUID jobId,
			@AuthenticationPrincipal PignonUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		var id = new ApplicationId(applicationId);
		dossiers.requireAccess(user, id, Need.APPLICATION);
		AuditJob job = audits.job(jobId).filter(found -> id.equals(found.application())).orElseThrow(NotFound::new);
		String page = "/webaudit/applications/" + applicationId;
		if (!job.finished()) {
			model.addAttribute("job", job);
			model.addAttribute("dossierId", applicationId);
			return "webaudit/application :: job";
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		if (job.state() == AuditJobState.DONE) {
			flash.put("flash", "webaudit.page.done");
		}
		if (request.getHeader("HX-Request") == null) {
			return "redirect:" + page;
		}
		// htmx follows HX-Redirect with the whole page, where a redirect would be swapped into the status
		flash.setTargetRequestPath(page);
		RequestContextUtils.saveOutputFlashMap(page, request, response);
		response.setHeader("HX-Redirect", page);
		return "webaudit/application :: empty";
	}

	@PostMapping("/webaudit/applications/{id}/runs")
	String run(@PathVariable("id") UUID applicationId, @AuthenticationPrincipal PignonUser user, Locale locale,
			RedirectAttributes redirect) {
		var id = new ApplicationId(applicationId);
		dossiers.requireAccess(user, id, Need.APPLICATION);
		intake.application(id, locale);
		try {
			audits.startApplicationAudit(id, Actor.of(user.accountId()), locale);
		}
		catch (WebAuditRefused ex) {
			redirect.addFlashAttribute("refusal", ex.messageKey());
			redirect.addFlashAttribute("refusalArguments",
					Arrays.stream(ex.arguments()).map(String::valueOf).toArray(String[]::new));
		}
		return "redirect:/webaudit/applications/" + applicationId;
	}

}
