package ca.pignon.selection.web;

import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.ReviewBoard;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;

/**
 * A reviewer's pages: "Mes évaluations" (the applications assigned to them in the open round, and the merchants they
 * accompany), the scoring form of one application, and the declaration of a conflict of interest. A reviewer reaches
 * only the applications they are assigned to; others' scores stay hidden until they submit their own.
 */
@Controller
class ReviewController {

	private final SelectionManagement selection;

	private final IntakeManagement intake;

	ReviewController(SelectionManagement selection, IntakeManagement intake) {
		this.selection = selection;
		this.intake = intake;
	}

	@GetMapping("/selection/reviews")
	String mine(@AuthenticationPrincipal PignonUser user, Model model) {
		var round = selection.currentRound();
		model.addAttribute("round", round.orElse(null));
		model.addAttribute("assignments",
				round.map(open -> selection.assignmentsOf(user.accountId(), open.id())).orElse(List.of()));
		model.addAttribute("caseload", selection.caseloadOf(user.accountId()));
		return "selection/reviews";
	}

	@GetMapping("/selection/reviews/{id}/{application}")
	String review(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		ReviewBoard board = boardOfReviewer(round, applicationId, user, locale);
		RoundDetails details = selection.round(round);
		model.addAttribute("round", details);
		model.addAttribute("board", board);
		var labels = DossierController.labels(board);
		model.addAttribute("criterionLabels", labels);
		model.addAttribute("disagreements",
				board.disagreements().stream().map(code -> labels.getOrDefault(code, code)).toList());
		model.addAttribute("dossier", intake.application(applicationId, locale));
		if (!model.containsAttribute("scoring")) {
			model.addAttribute("scoring", ReviewForms.Scores.of(board.criteria(), board.own()));
		}
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", new ReviewForms.Conflict());
		}
		return "selection/review";
	}

	/**
	 * Saves the scores given (a draft may leave criteria empty); with {@code submit}, every criterion must be scored
	 * and the review is then submitted: from then on it counts.
	 */
	@PostMapping("/selection/reviews/{id}/{application}")
	String score(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("scoring") ReviewForms.Scores form, BindingResult errors,
			@RequestParam(required = false) @Nullable String submit, Locale locale, Model model,
			RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		boardOfReviewer(round, applicationId, user, locale);
		boolean submitting = submit != null;
		check(form, submitting, errors);
		if (!errors.hasErrors()) {
			try {
				if (!form.inputs().isEmpty() || !submitting) {
					selection.saveScores(round, applicationId, Refusals.actor(user), form.inputs());
				}
				if (submitting) {
					selection.submitReview(round, applicationId, Refusals.actor(user));
				}
				redirect.addFlashAttribute("flash", submitting ? "selection.review.submitted" : "selection.review.saved");
				return "redirect:/selection/reviews/" + id + "/" + application;
			}
			catch (SelectionRefused refused) {
				Refusals.reject(errors, refused, property(form, refused));
			}
		}
		// the form comes back even if the page would no longer offer it (a conflict declared, the round closed)
		model.addAttribute("failed", "scoring");
		return review(id, application, user, locale, model);
	}

	@PostMapping("/selection/reviews/{id}/{application}/conflict")
	String conflict(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@ModelAttribute("conflict") ReviewForms.Conflict form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		boardOfReviewer(round, applicationId, user, locale);
		if (errors.hasErrors()) {
			// a value the binder refused (an invisible character): the form again, as typed, with its message
			model.addAttribute("failed", "conflict");
			return review(id, application, user, locale, model);
		}
		try {
			selection.declareConflict(round, applicationId, Refusals.actor(user), form.getNote());
			redirect.addFlashAttribute("flash", "selection.conflict.declared");
			return "redirect:/selection/reviews/" + id + "/" + application;
		}
		catch (SelectionRefused refused) {
			Refusals.reject(errors, refused, refused.field() == null ? null : "note");
		}
		model.addAttribute("failed", "conflict");
		return review(id, application, user, locale, model);
	}

	/**
	 * The application's reviews as the signed-in reviewer may see them; an application they are not assigned to (nor
	 * declared a conflict on) does not exist for them.
	 */
	private ReviewBoard boardOfReviewer(RoundId round, ApplicationId application, PignonUser user, Locale locale) {
		ReviewBoard board;
		try {
			board = selection.reviewBoard(round, application, user.accountId(), locale);
		}
		catch (SelectionRefused notInTheRound) {
			throw new NotFound();
		}
		if (board.own() == null || !(board.own().assigned() || board.own().conflicted())) {
			throw new NotFound();
		}
		return board;
	}

	/** Each row given has a score and a justification; to submit, every row. */
	private static void check(ReviewForms.Scores form, boolean submitting, BindingResult errors) {
		List<ReviewForms.Score> scores = form.getScores();
		for (int i = 0; i < scores.size(); i++) {
			ReviewForms.Score score = scores.get(i);
			if (score.isEmpty() && !submitting) {
				continue;
			}
			if (score.getValue() == null && !errors.hasFieldErrors("scores[" + i + "].value")) {
				errors.rejectValue("scores[" + i + "].value", "selection.scoreForm.value.required");
			}
			if (score.getJustification() == null || score.getJustification().isBlank()) {
				errors.rejectValue("scores[" + i + "].justification", "selection.score.justification.required");
			}
		}
	}

	/** A refusal about a criterion goes next to its score, or its justification when it is about that. */
	private static @Nullable String property(ReviewForms.Scores form, SelectionRefused refused) {
		if (refused.field() == null) {
			return null;
		}
		for (int i = 0; i < form.getScores().size(); i++) {
			if (refused.field().equals(form.getScores().get(i).getCode())) {
				return "scores[" + i + "]."
						+ (refused.messageKey().contains(".justification.") ? "justification" : "value");
			}
		}
		return null;
	}

}
