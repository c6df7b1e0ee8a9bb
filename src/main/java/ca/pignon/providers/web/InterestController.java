package ca.pignon.providers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import ca.pignon.platform.People;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;
import ca.pignon.providers.Interest;
import ca.pignon.providers.InterestManagement;
import ca.pignon.providers.ProviderId;
import ca.pignon.providers.ProvidersManagement;
import ca.pignon.providers.ProvidersRefused;
import ca.pignon.shared.AccountId;

/**
 * "Mes déclarations d'intérêts": each advisor and manager declares their links with providers of the directory, and
 * withdraws one that ended; managers also read everyone's.
 */
@Controller
class InterestController {

	private final InterestManagement interests;

	private final ProvidersManagement providers;

	private final People people;

	InterestController(InterestManagement interests, ProvidersManagement providers, People people) {
		this.interests = interests;
		this.providers = providers;
		this.people = people;
	}

	@GetMapping("/providers/interests")
	String page(@AuthenticationPrincipal PignonUser user, Model model) {
		return page(new InterestForm(), user, model);
	}

	@PostMapping("/providers/interests")
	String declare(@ModelAttribute("interestForm") InterestForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		try {
			UUID provider = TypedIds.uuid(form.getProvider());
			interests.declare(user.accountId(), provider == null ? null : new ProviderId(provider), form.getNature());
			flash.addFlashAttribute("flash", "providers.interest.declared");
			return "redirect:/providers/interests";
		}
		catch (ProvidersRefused refused) {
			FormErrors.reject(refused, binding);
			return page(form, user, model);
		}
	}

	@PostMapping("/providers/interests/{interest}/withdrawal")
	String withdraw(@PathVariable UUID interest, @AuthenticationPrincipal PignonUser user,
			RedirectAttributes flash) {
		interests.withdraw(interest, user.accountId());
		flash.addFlashAttribute("flash", "providers.interest.withdrawn");
		return "redirect:/providers/interests";
	}

	private String page(InterestForm form, PignonUser user, Model model) {
		model.addAttribute("interestForm", form);
		model.addAttribute("mine", interests.declaredBy(user.accountId()));
		model.addAttribute("providers", providers.directory(null));
		boolean manager = user.role() == Role.MANAGER || user.role() == Role.ADMIN;
		List<DeclaredLine> everyone = new ArrayList<>();
		if (manager) {
			List<Interest> all = interests.declared();
			Map<AccountId, String> names = people.namesOf(all.stream().map(Interest::account).distinct().toList());
			all.forEach(interest -> everyone.add(new DeclaredLine(interest, names.getOrDefault(interest.account(), ""))));
		}
		model.addAttribute("manager", manager);
		model.addAttribute("everyone", everyone);
		return "providers/interests";
	}

	record DeclaredLine(Interest interest, String who) {
	}

}
