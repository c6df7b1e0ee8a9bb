package ca.pignon.selection.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.selection.StaffRef;
import ca.pignon.shared.AccountId;

/**
 * Advisors as selection suggests them: their caseloads, and the areas (arrondissements of Québec, or municipalities
 * outside it) a manager says they cover, which put them first among the suggestions for a merchant of that area.
 * Managers only.
 */
@Controller
class AdvisorsController {

	private final SelectionManagement selection;

	private final IntakeManagement intake;

	private final StaffDirectory staff;

	AdvisorsController(SelectionManagement selection, IntakeManagement intake, StaffDirectory staff) {
		this.selection = selection;
		this.intake = intake;
		this.staff = staff;
	}

	/** An advisor with what a manager balances: how many merchants they accompany, and where. */
	record AdvisorLine(StaffRef advisor, int caseload, List<String> areas) {
	}

	@GetMapping("/selection/advisors")
	String advisors(Model model) {
		Map<String, String> names = areaNames();
		List<AdvisorLine> lines = new ArrayList<>();
		for (StaffRef advisor : staff.advisorsAndManagers()) {
			lines.add(new AdvisorLine(advisor, selection.caseloadOf(advisor.id()).size(),
					selection.advisorAreas(advisor.id()).stream().map(code -> names.getOrDefault(code, code)).toList()));
		}
		model.addAttribute("advisors", lines);
		return "selection/advisors";
	}

	@GetMapping("/selection/advisors/{id}")
	String advisor(@PathVariable UUID id, Model model) {
		StaffRef advisor = staff.advisorsAndManagers()
			.stream()
			.filter(member -> member.id().value().equals(id))
			.findFirst()
			.orElseThrow(NotFound::new);
		Set<String> areas = selection.advisorAreas(advisor.id());
		Map<String, String> known = areaNames();
		model.addAttribute("advisor", advisor);
		model.addAttribute("arrondissements", intake.knownArrondissements());
		model.addAttribute("municipalities", intake.knownMunicipalities());
		model.addAttribute("caseload", selection.caseloadOf(advisor.id()));
		if (!model.containsAttribute("areas")) {
			var form = new Areas();
			form.setCodes(new ArrayList<>(areas.stream().filter(known::containsKey).toList()));
			form.setOther(String.join(", ", areas.stream().filter(code -> !known.containsKey(code)).toList()));
			model.addAttribute("areas", form);
		}
		return "selection/advisor";
	}

	@PostMapping("/selection/advisors/{id}/areas")
	String setAreas(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("areas") Areas form, BindingResult errors, Model model, RedirectAttributes redirect) {
		Set<String> codes = new LinkedHashSet<>(form.getCodes());
		if (form.getOther() != null) {
			Arrays.stream(form.getOther().split("[,;]"))
				.map(String::strip)
				.filter(code -> !code.isEmpty())
				.forEach(codes::add);
		}
		if (errors.hasErrors()) {
			// a value the binder refused (an invisible character): the form again, as typed, with its message
			return advisor(id, model);
		}
		try {
			selection.setAdvisorAreas(new AccountId(id), codes, Refusals.actor(user));
			redirect.addFlashAttribute("flash", "selection.areas.saved");
			return "redirect:/selection/advisors";
		}
		catch (SelectionRefused refused) {
			if (refused.messageKey().equals("selection.refused.advisorInvalid")) {
				throw new NotFound();
			}
			Refusals.reject(errors, refused, Map.of("areas", "other"));
		}
		return advisor(id, model);
	}

	/** Every area applications were placed in: arrondissements first, then municipalities. */
	private Map<String, String> areaNames() {
		Map<String, String> names = new LinkedHashMap<>();
		intake.knownArrondissements().forEach(area -> names.put(area[0], area[1]));
		intake.knownMunicipalities().forEach(area -> names.putIfAbsent(area[0], area[1]));
		return names;
	}

	public static class Areas {

		private List<String> codes = new ArrayList<>();

		private @Nullable String other;

		public List<String> getCodes() {
			return codes;
		}

		public void setCodes(List<String> codes) {
			this.codes = codes;
		}

		public @Nullable String getOther() {
			return other;
		}

		public void setOther(@Nullable String other) {
			this.other = other;
		}

	}

}
