package ca.pignon.privacy.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.platform.FormErrors;
import ca.pignon.privacy.PrivacyRefused;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.privacy.RequestKind;

/**
 * The public form: anyone files a request about their personal information (access, rectification, withdrawal,
 * destruction); a one-time link mailed to the address they gave confirms it before it counts, then it joins the
 * requests the people in charge answer within 30 days. The link's page asks for a click (a mail scanner following
 * the link confirms nothing).
 */
@Controller
class PublicRequestController {

	private final PrivacyRequests requests;

	PublicRequestController(PrivacyRequests requests) {
		this.requests = requests;
	}

	@GetMapping("/privacy/request")
	String form(Model model) {
		return page(new PublicRequestForm(), model);
	}

	@PostMapping("/privacy/request")
	String file(@ModelAttribute("request") PublicRequestForm form, BindingResult binding, Locale locale,
			Model model) {
		// the binder's refusals stand, but for the kind's (RequestForm.withoutKindError)
		BindingResult errors = RequestForm.withoutKindError(form, binding, "request");
		if (!errors.hasErrors()) {
			try {
				requests.filePublic(form.getName(), form.getEmail(), form.getKind(), form.getDetails(), locale);
				return "redirect:/privacy/request/sent";
			}
			catch (PrivacyRefused refused) {
				FormErrors.reject(refused, errors);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "request", errors);
		return page(form, model);
	}

	@GetMapping("/privacy/request/sent")
	String sent() {
		return "privacy/public-request-sent";
	}

	@GetMapping("/privacy/request/confirm")
	String confirmation(@RequestParam(required = false) @Nullable String key, Model model) {
		model.addAttribute("key", key);
		model.addAttribute("valid", requests.confirmable(key));
		return "privacy/public-request-confirm";
	}

	@PostMapping("/privacy/request/confirm")
	String confirm(@RequestParam(required = false) @Nullable String key, Model model) {
		var confirmed = requests.confirm(key);
		model.addAttribute("valid", confirmed.isPresent());
		confirmed.ifPresent(request -> model.addAttribute("confirmed", request));
		return "privacy/public-request-confirm";
	}

	private static String page(PublicRequestForm form, Model model) {
		model.addAttribute("request", form);
		model.addAttribute("kinds", RequestKind.values());
		return "privacy/public-request";
	}

}
