package ca.pignon.providers.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import ca.pignon.platform.FormErrors;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;

/**
 * The public page where a provider applies to the directory, with the program's charter to accept; nothing is lost
 * when the form comes back with what to correct.
 */
@Controller
class ApplyController {

	/** The program's municipalities, for providers who serve only some of them in person. */
	static final List<String> MUNICIPALITIES = List.of("Québec", "L'Ancienne-Lorette", "Saint-Augustin-de-Desmaures");

	private final ProvidersManagement providers;

	ApplyController(ProvidersManagement providers) {
		this.providers = providers;
	}

	@GetMapping("/providers/apply")
	String form(Model model) {
		return page(new ApplyForm(), model);
	}

	@PostMapping("/providers/apply")
	String apply(@ModelAttribute("applyForm") ApplyForm form, BindingResult binding, Locale locale, Model model) {
		try {
			providers.apply(Commands.application(form));
			return "redirect:/providers/apply/sent";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return page(form, model);
		}
	}

	@GetMapping("/providers/apply/sent")
	String sent() {
		return "providers/apply-sent";
	}

	private String page(ApplyForm form, Model model) {
		model.addAttribute("applyForm", form);
		model.addAttribute("services", providers.services());
		model.addAttribute("municipalities", MUNICIPALITIES);
		return "providers/apply";
	}

}
