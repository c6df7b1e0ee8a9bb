package ca.pignon.privacy.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.PrivacyRefused;
import ca.pignon.privacy.PrivacyRequest;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.privacy.RequestStanding;

/**
 * The requests about personal information, for the people in charge: every request, what is overdue or due soon
 * first, and the answer form. A manager or an administrator who is not in charge sees who is, never a request.
 */
@Controller
class RequestsController {

	private final PrivacyRequests requests;

	RequestsController(PrivacyRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/privacy/requests")
	String list(@AuthenticationPrincipal PignonUser user, Model model) {
		boolean officer = requests.isOfficer(user.accountId());
		model.addAttribute("officer", officer);
		model.addAttribute("officers", requests.officers().values());
		if (officer) {
			var all = requests.all();
			model.addAttribute("requests", all);
			model.addAttribute("overdue", all.stream().filter(r -> r.standing() == RequestStanding.OVERDUE).count());
		}
		return "privacy/requests";
	}

	@GetMapping("/privacy/requests/{id}")
	String request(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Model model) {
		PrivacyRequest request = visible(id, user);
		var form = new AnswerForm();
		form.setVersion(request.version());
		return page(request, form, model);
	}

	@PostMapping("/privacy/requests/{id}/answer")
	String answer(@PathVariable UUID id, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		visible(id, user);
		if (binding.hasErrors()) {
			// what the binder refused (an invisible character) is said beside the answer, kept without it
			return page(requests.get(id), form, model);
		}
		try {
			requests.answer(id, form.getAnswer(), form.getVersion(), user.accountId());
			flash.addFlashAttribute("flash", "privacy.request.answered");
			return "redirect:/privacy/requests/" + id;
		}
		catch (PrivacyRefused refused) {
			FormErrors.reject(refused, binding);
			PrivacyRequest current = requests.get(id);
			form.setVersion(current.version());
			return page(current, form, model);
		}
	}

	private PrivacyRequest visible(UUID id, PignonUser user) {
		if (!requests.isOfficer(user.accountId())) {
			throw new NotFound();
		}
		return requests.get(id);
	}

	private static String page(PrivacyRequest request, AnswerForm form, Model model) {
		model.addAttribute("privacyRequest", request);
		model.addAttribute("answerForm", form);
		return "privacy/request";
	}

}
