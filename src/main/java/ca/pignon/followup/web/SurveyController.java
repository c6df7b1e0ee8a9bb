package ca.pignon.followup.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.FollowupRefused;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.followup.SurveyAnswers;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/** The merchant's satisfaction survey once their accompaniment is closed: three questions from 1 to 5 and a comment. */
@Controller
class SurveyController {

	private final FollowupManagement followup;

	SurveyController(FollowupManagement followup) {
		this.followup = followup;
	}

	@GetMapping("/followup/my/survey")
	String survey(@AuthenticationPrincipal PignonUser user, Model model) {
		Dossier dossier = mine(user);
		return page(dossier, SurveyForm.blank(), model);
	}

	@PostMapping("/followup/my/survey")
	String answer(@ModelAttribute("form") SurveyForm form, BindingResult errors,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		Dossier dossier = mine(user);
		if (errors.hasErrors()) {
			// a value the binder refused (an invisible character): the form again, as typed, with its message
			return page(dossier, form, model);
		}
		try {
			followup.answerSurvey(dossier.applicationId(),
					new SurveyAnswers(SurveyForm.score(form.helpfulness()), SurveyForm.score(form.advisor()),
							SurveyForm.score(form.recommend()), form.comment() == null ? "" : form.comment()),
					FollowupAccess.actor(user));
		}
		catch (FollowupRefused refused) {
			for (Problem problem : refused.problems()) {
				if (problem.field() == null) {
					errors.reject(problem.messageKey());
				}
				else {
					errors.rejectValue(problem.field(), problem.messageKey());
				}
			}
			return page(dossier, form, model);
		}
		flash.addFlashAttribute("flash", "followup.survey.thanks");
		return "redirect:/followup/my/survey";
	}

	private Dossier mine(PignonUser user) {
		return followup.dossierOf(user.accountId()).orElseThrow(NotFound::new);
	}

	private String page(Dossier dossier, SurveyForm form, Model model) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("answered", followup.surveyOf(dossier.applicationId()).orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("scores", new int[] { 1, 2, 3, 4, 5 });
		return "followup/my-survey";
	}

}
