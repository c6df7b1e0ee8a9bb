package ca.pignon.selection.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * Rounds (cohorts): the list, opening one with its advisor teams and their places, a round's page with its teams, its
 * waitlist, the freed place offered to the next on the waitlist, and closing. Managers only.
 */
@Controller
class RoundsController {

	private final SelectionManagement selection;

	private final StaffDirectory staff;

	private final Validator validator;

	RoundsController(SelectionManagement selection, StaffDirectory staff, Validator validator) {
		this.selection = selection;
		this.staff = staff;
		this.validator = validator;
	}

	@GetMapping("/selection/rounds")
	String rounds(Model model) {
		model.addAttribute("rounds", selection.rounds());
		model.addAttribute("openRound", selection.currentRound().orElse(null));
		model.addAttribute("staff", staff.advisorsAndManagers());
		if (!model.containsAttribute("open")) {
			model.addAttribute("open", new RoundForms.Open());
		}
		return "selection/rounds";
	}

	/** Opens a round; "add a team" (a button of the same form) only gives the form one more team. */
	@PostMapping("/selection/rounds")
	String open(@AuthenticationPrincipal PignonUser user, @ModelAttribute("open") RoundForms.Open form,
			BindingResult errors, @RequestParam(required = false) @Nullable String addTeam, Model model,
			RedirectAttributes redirect) {
		if (addTeam != null) {
			// only what could not be read is said now; the rest is checked when the round is opened
			form.getTeams().add(new RoundForms.Team());
			return rounds(model);
		}
		validator.validate(form, errors);
		checkTeams(form, errors);
		if (errors.hasErrors()) {
			return failed("open", model, () -> rounds(model));
		}
		try {
			RoundId round = selection.openRound(form.getName(), form.teamPlaces(), Refusals.actor(user));
			redirect.addFlashAttribute("flash", "selection.round.opened");
			return "redirect:/selection/rounds/" + round;
		}
		catch (SelectionRefused refused) {
			Refusals.reject(errors, refused, teamProperty(form, refused));
		}
		return failed("open", model, () -> rounds(model));
	}

	@GetMapping("/selection/rounds/{id}")
	String round(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user, Model model) {
		RoundDetails round = selection.round(new RoundId(id));
		model.addAttribute("round", round);
		model.addAttribute("waitlist", selection.waitlist(round.id(), user.accountId()));
		if (!model.containsAttribute("offer")) {
			model.addAttribute("offer", new RoundForms.Offer());
		}
		if (!model.containsAttribute("close")) {
			model.addAttribute("close", new RoundForms.Close());
		}
		return "selection/round";
	}

	@PostMapping("/selection/rounds/{id}/close")
	String close(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("close") RoundForms.Close form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			selection.closeRound(new RoundId(id), Refusals.actor(user));
			redirect.addFlashAttribute("flash", "selection.round.closed");
			return "redirect:/selection/rounds/" + id;
		}
		catch (SelectionRefused refused) {
			Refusals.reject(errors, refused, (String) null);
		}
		return failed("close", model, () -> round(id, user, model));
	}

	/** The freed place goes to the first on the waitlist still eligible; the page then shows that dossier. */
	@PostMapping("/selection/rounds/{id}/offer")
	String offer(@PathVariable UUID id, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("offer") RoundForms.Offer form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				ApplicationId offered = selection.offerFreedPlace(new RoundId(id),
						form.getAdvisor() == null ? null : new AccountId(form.getAdvisor()), Refusals.actor(user));
				redirect.addFlashAttribute("flash", "selection.offer.done");
				return "redirect:/selection/rounds/" + id + "/applications/" + offered.value();
			}
			catch (SelectionRefused refused) {
				Refusals.reject(errors, refused, Map.of("advisor", "advisor"));
			}
		}
		return failed("offer", model, () -> round(id, user, model));
	}

	/**
	 * The page again with the form that was refused, shown even when the page would no longer offer it (a round opened
	 * or closed meanwhile by a colleague), so that the refusal and what was typed are never lost.
	 */
	private static String failed(String form, Model model, java.util.function.Supplier<String> page) {
		model.addAttribute("failed", form);
		return page.get();
	}

	/** What the form can tell before the workflow: each team named, with its places and its advisors. */
	private static void checkTeams(RoundForms.Open form, BindingResult errors) {
		List<RoundForms.Team> teams = form.getTeams();
		for (int i = 0; i < teams.size(); i++) {
			RoundForms.Team team = teams.get(i);
			if (team.isEmpty()) {
				continue;
			}
			if (team.getName() == null || team.getName().isBlank()) {
				errors.rejectValue("teams[" + i + "].name", "selection.roundForm.team.name.required");
			}
			if (team.getPlaces() == null && !errors.hasFieldErrors("teams[" + i + "].places")) {
				errors.rejectValue("teams[" + i + "].places", "selection.roundForm.team.places.required");
			}
			if (team.getAdvisors().isEmpty()) {
				errors.rejectValue("teams[" + i + "].advisors", "selection.roundForm.team.advisors.required");
			}
		}
	}

	/** A refusal about the teams goes to the team it names when there is one. */
	private static @Nullable String teamProperty(RoundForms.Open form, SelectionRefused refused) {
		if (refused.field() == null) {
			return null;
		}
		if (refused.field().equals("name")) {
			return "name";
		}
		String key = refused.messageKey();
		Object[] arguments = refused.arguments();
		if (arguments.length > 0 && key.startsWith("selection.round.team.") && !key.contains("advisor.")) {
			List<RoundForms.Team> teams = form.getTeams();
			int found = -1;
			for (int i = 0; i < teams.size(); i++) {
				String name = teams.get(i).getName();
				if (name != null && name.strip().equalsIgnoreCase(String.valueOf(arguments[0]))) {
					found = i;
				}
			}
			if (found >= 0) {
				String field = key.contains(".places.") ? "places" : key.contains(".advisors.") ? "advisors" : "name";
				return "teams[" + found + "]." + field;
			}
		}
		return "teams";
	}

}
