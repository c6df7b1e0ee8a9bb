package ca.pignon.plan.web;

import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.intake.ApplicationDetails;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.plan.PlanManagement;
import ca.pignon.plan.PlanRefused;
import ca.pignon.plan.PlanSummary;
import ca.pignon.platform.PignonUser;

/**
 * "Mon plan d'action": the merchant reads the version their advisor sent, in plain language, and approves it by typing
 * their name or asks for changes. What they typed stays on the page when it is refused.
 */
@Controller
class MerchantPlanController {

	private final PlanManagement plans;

	private final IntakeManagement intake;

	private final PlanDocuments documents;

	private final MessageSource messages;

	MerchantPlanController(PlanManagement plans, PlanDocuments documents, IntakeManagement intake,
			MessageSource messages) {
		this.plans = plans;
		this.documents = documents;
		this.intake = intake;
		this.messages = messages;
	}

	@GetMapping("/plan/my")
	String my(@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		Optional<PlanSummary> plan = planOf(user, locale);
		model.addAttribute("plan", plan.orElse(null));
		if (plan.isPresent()) {
			model.addAttribute("doc", documents.document(plan.get().id(), plan.get().sentVersion(), locale));
		}
		return "plan/my";
	}

	@PostMapping("/plan/my/approve")
	String approve(@RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String name,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		PlanSummary plan = planOf(user, locale).orElseThrow(ca.pignon.platform.NotFound::new);
		try {
			plans.approve(plan.id(), version, name, user.accountId(), locale);
			flash.addFlashAttribute("flash", "plan.my.approved");
			return "redirect:/plan/my";
		}
		catch (PlanRefused refused) {
			FormErrors.show(refused, "f-", messages, locale, model);
			model.addAttribute("typedName", name);
			return my(user, locale, model);
		}
	}

	@PostMapping("/plan/my/changes")
	String changes(@RequestParam(defaultValue = "0") int version, @RequestParam(defaultValue = "") String comment,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		PlanSummary plan = planOf(user, locale).orElseThrow(ca.pignon.platform.NotFound::new);
		try {
			plans.requestChanges(plan.id(), version, comment, PlanAccess.actor(user));
			flash.addFlashAttribute("flash", "plan.my.changesSent");
			return "redirect:/plan/my";
		}
		catch (PlanRefused refused) {
			FormErrors.show(refused, "f-", messages, locale, model);
			model.addAttribute("typedComment", comment);
			return my(user, locale, model);
		}
	}

	/** The merchant's plan, once their advisor sent a version. */
	private Optional<PlanSummary> planOf(PignonUser user, Locale locale) {
		return intake.applicationOf(user.accountId(), locale)
			.map(ApplicationDetails::id)
			.flatMap(plans::planOf)
			.filter(plan -> plan.sentVersion() != null);
	}

}
