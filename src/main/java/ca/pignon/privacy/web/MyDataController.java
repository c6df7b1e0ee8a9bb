package ca.pignon.privacy.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.PrivacyManagement;
import ca.pignon.privacy.PrivacyRefused;
import ca.pignon.privacy.PrivacyRequest;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.privacy.RequestKind;

/**
 * "Mes données": a merchant sees who can see their dossier, downloads the copy of everything Pignon keeps about
 * them, and files a request about their information (access, rectification, withdrawal, destruction), whose answer
 * comes back here. Only ever their own: the account is the signed-in one, no id is taken from the request.
 */
@Controller
class MyDataController {

	private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

	private final PrivacyManagement privacy;

	private final PrivacyRequests requests;

	MyDataController(PrivacyManagement privacy, PrivacyRequests requests) {
		this.privacy = privacy;
		this.requests = requests;
	}

	@GetMapping("/privacy/my")
	String page(@AuthenticationPrincipal PignonUser user, Model model) {
		return page(user, new RequestForm(), model);
	}

	/** Files a request; refused, the page comes back with what was typed and the message beside its field. */
	@PostMapping("/privacy/my/requests")
	String file(@ModelAttribute("request") RequestForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		// the binder's refusals stand (an invisible character, the text kept without it), but for the kind's
		BindingResult errors = RequestForm.withoutKindError(form, binding, "request");
		if (!errors.hasErrors()) {
			try {
				PrivacyRequest filed = requests.file(user.accountId(), form.getKind(), form.getDetails());
				flash.addFlashAttribute("filed", filed);
				return "redirect:/privacy/my#requests";
			}
			catch (PrivacyRefused refused) {
				FormErrors.reject(refused, errors);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "request", errors);
		return page(user, form, model);
	}

	private String page(PignonUser user, RequestForm form, Model model) {
		model.addAttribute("whoSees", privacy.whoSees(user.accountId()));
		model.addAttribute("request", form);
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("requests", requests.of(user.accountId()));
		return "privacy/my-data";
	}

	@GetMapping("/privacy/my/archive")
	void archive(@AuthenticationPrincipal PignonUser user, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename("pignon-mes-donnees-" + LocalDate.now(QUEBEC) + ".zip")
			.build()
			.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		privacy.writeMyData(user.accountId(), locale, response.getOutputStream());
	}

}
