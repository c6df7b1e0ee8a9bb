package ca.pignon.progress.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.List;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.content.ContentActivity;
import ca.pignon.plan.ApprovedPlan;
import ca.pignon.plan.PlanManagement;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;
import ca.pignon.progress.MyPlan;
import ca.pignon.progress.ProgressManagement;
import ca.pignon.progress.ProgressRefused;
import ca.pignon.progress.ReminderRhythm;
import ca.pignon.progress.Task;
import ca.pignon.uploads.UploadedFile;

/**
 * "Mon plan" for the merchant ({@code /progress/my}) and the same plan for their advisor
 * ({@code /progress/applications/{id}}): the next step first, each action's page to mark it done with evidence,
 * comment or ask for help. Every form works without JavaScript; a refused form comes back as typed.
 */
@Controller
class ProgressController {

	private final ProgressManagement progress;

	private final ProgressAccess access;

	private final PlanManagement plans;

	private final ContentActivity content;

	ProgressController(ProgressManagement progress, ProgressAccess access, PlanManagement plans,
			ContentActivity content) {
		this.content = content;
		this.progress = progress;
		this.access = access;
		this.plans = plans;
	}

	@GetMapping({ "/progress/my", "/progress/applications/{id}" })
	String plan(@PathVariable(required = false) @Nullable UUID id, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model) {
		ApplicationId application = access.application(id, user, locale);
		model.addAttribute("plan", progress.planOf(application, locale).orElse(null));
		model.addAttribute("rhythm", progress.rhythmOf(application));
		model.addAttribute("rhythms", ReminderRhythm.values());
		model.addAttribute("base", ProgressAccess.base(id));
		model.addAttribute("staff", id != null);
		model.addAttribute("businessName", access.businessName(application));
		return "progress/plan";
	}

	@GetMapping({ "/progress/my/actions/{key}", "/progress/applications/{id}/actions/{key}" })
	String task(@PathVariable(required = false) @Nullable UUID id, @PathVariable String key,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		ApplicationId application = access.application(id, user, locale);
		Task task = progress.task(application, key, locale);
		DoneForm done = new DoneForm();
		done.setVersion(task.version());
		return taskPage(id, application, task, done, new CommentForm(), model);
	}

	@PostMapping({ "/progress/my/actions/{key}/done", "/progress/applications/{id}/actions/{key}/done" })
	String done(@PathVariable(required = false) @Nullable UUID id, @PathVariable String key,
			@ModelAttribute("done") DoneForm form, BindingResult binding, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model, RedirectAttributes flash) {
		ApplicationId application = access.application(id, user, locale);
		if (binding.hasErrors()) {
			// a value the binder refused (an invisible character): the form again, as typed, with its message
			Task current = progress.task(application, key, locale);
			form.setVersion(current.version());
			fileToChooseAgain(form, binding);
			return taskPage(id, application, current, form, new CommentForm(), model);
		}
		try {
			Task task = progress.markDone(application, key, form.getEvidenceUrl(), form.getNote(), uploaded(form.getFile()),
					user, form.getVersion(), locale);
			MyPlan plan = progress.planOf(application, locale).orElseThrow();
			flash.addFlashAttribute("celebrate", task.title());
			flash.addFlashAttribute("celebrateCount", plan.done().size());
			flash.addFlashAttribute("celebrateTotal", plan.total());
			return "redirect:" + ProgressAccess.base(id);
		}
		catch (ProgressRefused refused) {
			Task current = progress.task(application, key, locale);
			if (refused.field() == null) {
				// a stale page: the form keeps what was typed and now carries the current version
				form.setVersion(current.version());
				binding.reject(refused.messageKey(), refused.arguments().toArray(), refused.messageKey());
			}
			else {
				binding.rejectValue(refused.field(), refused.messageKey(), refused.arguments().toArray(),
						refused.messageKey());
			}
			fileToChooseAgain(form, binding);
			return taskPage(id, application, current, form, new CommentForm(), model);
		}
	}

	@PostMapping({ "/progress/my/actions/{key}/reopen", "/progress/applications/{id}/actions/{key}/reopen" })
	String reopen(@PathVariable(required = false) @Nullable UUID id, @PathVariable String key,
			@RequestParam long version, @AuthenticationPrincipal PignonUser user, Locale locale,
			RedirectAttributes flash) {
		ApplicationId application = access.application(id, user, locale);
		try {
			progress.reopen(application, key, version, locale);
			flash.addFlashAttribute("flash", "progress.reopened");
		}
		catch (ProgressRefused refused) {
			flash.addFlashAttribute("flashError", "progress.refused.staleReopen");
		}
		return "redirect:" + ProgressAccess.base(id) + "/actions/" + key;
	}

	@PostMapping({ "/progress/my/actions/{key}/comments", "/progress/applications/{id}/actions/{key}/comments" })
	String comment(@PathVariable(required = false) @Nullable UUID id, @PathVariable String key,
			@ModelAttribute("comment") CommentForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash) {
		ApplicationId application = access.application(id, user, locale);
		if (binding.hasErrors()) {
			Task task = progress.task(application, key, locale);
			DoneForm done = new DoneForm();
			done.setVersion(task.version());
			return taskPage(id, application, task, done, form, model);
		}
		try {
			progress.comment(application, key, form.getBody(), form.isHelp(), user);
			flash.addFlashAttribute("flash", form.isHelp() ? "progress.help.sent" : "progress.comment.sent");
			return "redirect:" + ProgressAccess.base(id) + "/actions/" + key + "#comments";
		}
		catch (ProgressRefused refused) {
			binding.rejectValue("body", refused.messageKey(), refused.arguments().toArray(), refused.messageKey());
			Task task = progress.task(application, key, locale);
			DoneForm done = new DoneForm();
			done.setVersion(task.version());
			return taskPage(id, application, task, done, form, model);
		}
	}

	@PostMapping({ "/progress/my/reminders", "/progress/applications/{id}/reminders" })
	String reminders(@PathVariable(required = false) @Nullable UUID id, @RequestParam(required = false) String rhythm,
			@AuthenticationPrincipal PignonUser user, Locale locale, RedirectAttributes flash) {
		ApplicationId application = access.application(id, user, locale);
		ReminderRhythm chosen;
		try {
			chosen = ReminderRhythm.valueOf(String.valueOf(rhythm));
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("flashError", "progress.reminders.invalid");
			return "redirect:" + ProgressAccess.base(id) + "#rappels";
		}
		progress.chooseRhythm(application, chosen);
		flash.addFlashAttribute("flash", "progress.reminders.saved." + chosen.name());
		return "redirect:" + ProgressAccess.base(id) + "#rappels";
	}

	private String taskPage(@Nullable UUID id, ApplicationId application, Task task, DoneForm done, CommentForm comment, Model model) {
		model.addAttribute("task", task);
		// what to do comes from the approved plan the task follows; a task left from an older version has none
		model.addAttribute("guide", plans.approvedPlanOf(application)
			.flatMap(plan -> plan.actions().stream().filter(action -> action.key().equals(task.key())).findFirst())
			.map(ApprovedPlan.Action::guide)
			.orElse(null));
		// a social-media action is carried out in the editorial calendar: it points there, and the posts marked
		// published there are its evidence
		boolean social = plans.approvedPlanOf(application)
			.flatMap(plan -> plan.actions().stream().filter(action -> action.key().equals(task.key())).findFirst())
			.map(ApprovedPlan.Action::actionId)
			.flatMap(actionId -> plans.currentCatalogue().action(actionId))
			.filter(action -> ContentActivity.SOCIAL_DIMENSION.equals(action.dimensionId()))
			.isPresent();
		model.addAttribute("socialMedia", social);
		model.addAttribute("publishedPosts", social ? content.published(application) : List.of());
		model.addAttribute("contentApplication", application);
		model.addAttribute("done", done);
		model.addAttribute("comment", comment);
		model.addAttribute("base", ProgressAccess.base(id));
		model.addAttribute("staff", id != null);
		model.addAttribute("businessName", access.businessName(application));
		return "progress/task";
	}

	/**
	 * A page cannot give a chosen file back to its form: when another field is refused, the file is not kept and the
	 * page says so beside the file field (and in the summary), rather than letting "nothing is lost" be untrue.
	 */
	private static void fileToChooseAgain(DoneForm form, BindingResult binding) {
		UploadedFile file = uploaded(form.getFile());
		if (file != null && !binding.hasFieldErrors("file")) {
			binding.rejectValue("file", "progress.task.field.fileChooseAgain", new Object[] { file.originalName() },
					"progress.task.field.fileChooseAgain");
		}
	}

	private static @Nullable UploadedFile uploaded(@Nullable MultipartFile file) {
		if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
			return null;
		}
		return new UploadedFile() {
			@Override
			public String originalName() {
				return file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
			}

			@Override
			public InputStream open() throws IOException {
				return file.getInputStream();
			}
		};
	}

}
