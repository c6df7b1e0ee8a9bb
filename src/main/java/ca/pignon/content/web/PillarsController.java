package ca.pignon.content.web;

import java.util.List;
import java.util.Locale;
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

import ca.pignon.content.ContentRefused;
import ca.pignon.content.Pillar;
import ca.pignon.content.PillarManagement;
import ca.pignon.content.ValueManagement;
import ca.pignon.content.ValueWork;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;

/**
 * The content pillars: proposed from the value work, renamed, kept or dropped, each kept pillar with post ideas from
 * the library for the business's sector family.
 */
@Controller
class PillarsController {

	static final int IDEAS_SHOWN = 4;

	private final PillarManagement pillars;

	private final ValueManagement values;

	PillarsController(PillarManagement pillars, ValueManagement values) {
		this.pillars = pillars;
		this.values = values;
	}

	@GetMapping("/content/applications/{application}/pillars")
	String page(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Model model) {
		ApplicationId id = new ApplicationId(application);
		List<Pillar> current = pillars.pillars(user, id);
		return page(id, user, current, PillarsForm.of(current), model);
	}

	@PostMapping("/content/applications/{application}/pillars/propose")
	String propose(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			RedirectAttributes flash) {
		pillars.propose(user, new ApplicationId(application), locale);
		flash.addFlashAttribute("flash", "content.pillars.proposed");
		return "redirect:/content/applications/" + application + "/pillars";
	}

	@PostMapping("/content/applications/{application}/pillars")
	String decide(@PathVariable UUID application, @ModelAttribute("pillarsForm") PillarsForm form,
			BindingResult binding, @AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		try {
			pillars.decide(user, id, form.choices());
			flash.addFlashAttribute("flash", "content.pillars.saved");
			return "redirect:/content/applications/" + application + "/pillars";
		}
		catch (ContentRefused refused) {
			FormErrors.reject(refused, binding);
			return page(id, user, pillars.pillars(user, id), form, model);
		}
	}

	private String page(ApplicationId application, PignonUser user, List<Pillar> current, PillarsForm form,
			Model model) {
		ValueWork work = values.work(user, application);
		model.addAttribute("work", work);
		model.addAttribute("pillars", current);
		model.addAttribute("ideas", current.stream()
			.map(pillar -> pillars.ideas(pillar.kind(), work.family()).stream().limit(IDEAS_SHOWN).toList())
			.toList());
		if (!model.containsAttribute("pillarsForm")) {
			model.addAttribute("pillarsForm", form);
		}
		return "content/pillars";
	}

}
