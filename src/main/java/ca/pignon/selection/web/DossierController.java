package ca.pignon.selection.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;

import jakarta.validation.Valid;
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

import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.DecisionStatus;
import ca.pignon.selection.RankingRow;
import ca.pignon.selection.ReasonTemplate;
import ca.pignon.selection.RecordDecision;
import ca.pignon.selection.ReviewBoard;
import ca.pignon.selection.ReviewView;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreBreakdown;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

/**
 * A dossier in a round, as a manager works on it: its score criterion by criterion, the reviews, the reviewers
 * assigned, the decision (with a reason from the templates, edited, and for a retained merchant an advisor chosen
 * among the suggestions), the merchant's withdrawal and a hand-over to another advisor. Managers only.
 */
@Controller
class DossierController {

	/** Reason texts are what the merchant reads, and merchants read French (accounts record no language yet). */
	static final Locale MERCHANTS = Locale.CANADA_FRENCH;

	static final List<DecisionStatus> DECISIONS = List.of(DecisionStatus.RETAINED, DecisionStatus.WAITLISTED,
			DecisionStatus.NOT_RETAINED);

	/** Refusals about the person chosen as reviewer, shown next to the choice. */
	static final Set<String> REVIEWER_REFUSALS = Set.of("selection.refused.reviewerInvalid",
			"selection.refused.reviewerConflicted");

	private final SelectionManagement selection;

	private final IntakeManagement intake;

	private final StaffDirectory staff;

	DossierController(SelectionManagement selection, IntakeManagement intake, StaffDirectory staff) {
		this.selection = selection;
		this.intake = intake;
		this.staff = staff;
	}

	@GetMapping("/selection/rounds/{id}/applications/{application}")
	String show(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model) {
		RoundId roundId = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		RoundDetails round = selection.round(roundId);
		ScoreBreakdown score;
		ReviewBoard board;
		try {
			score = selection.scoreOf(roundId, applicationId, locale);
			board = selection.reviewBoard(roundId, applicationId, user.accountId(), locale);
		}
		catch (SelectionRefused notInTheRound) {
			throw new NotFound();
		}
		Optional<RankingRow> row = selection.rankingRow(roundId, applicationId, user.accountId());
		long version = row.map(RankingRow::version).orElse(0L);
		model.addAttribute("round", round);
		model.addAttribute("dossier", intake.application(applicationId, locale));
		model.addAttribute("row", row.orElse(null));
		model.addAttribute("score", score);
		model.addAttribute("board", board);
		model.addAttribute("rules", rules(round, locale));
		model.addAttribute("reviewerChoices", reviewerChoices(board));
		model.addAttribute("removable", removable(board));
		model.addAttribute("criterionLabels", labels(board));
		boolean decidable = round.isOpen() && row.isPresent();
		model.addAttribute("decidable", decidable);
		// hand-overs go on after the round closes: the suggestions are for them too
		model.addAttribute("suggestions", row.isPresent() ? selection.suggestAdvisors(roundId, applicationId) : List.of());
		Map<String, List<ReasonTemplate>> templates = new HashMap<>();
		DECISIONS.forEach(status -> templates.put(status.name(), selection.reasonTemplates(status, locale)));
		model.addAttribute("decisions", DECISIONS);
		model.addAttribute("templates", templates);
		model.addAttribute("templateTexts", templateTexts());
		if (!model.containsAttribute("decision")) {
			var decision = new DossierForms.Decision();
			decision.setVersion(version);
			model.addAttribute("decision", decision);
		}
		if (!model.containsAttribute("withdrawal")) {
			var withdrawal = new DossierForms.Withdrawal();
			withdrawal.setVersion(version);
			model.addAttribute("withdrawal", withdrawal);
		}
		if (!model.containsAttribute("handOver")) {
			var handOver = new DossierForms.HandOver();
			handOver.setVersion(version);
			model.addAttribute("handOver", handOver);
		}
		if (!model.containsAttribute("reviewer")) {
			model.addAttribute("reviewer", new DossierForms.Reviewer());
		}
		if (!model.containsAttribute("removal")) {
			model.addAttribute("removal", new DossierForms.Reviewer());
		}
		return "selection/dossier";
	}

	@PostMapping("/selection/rounds/{id}/applications/{application}/reviewers")
	String assign(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("reviewer") DossierForms.Reviewer form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				selection.assignReviewer(new RoundId(id), new ApplicationId(application),
						new AccountId(form.getReviewer()), Refusals.actor(user));
				redirect.addFlashAttribute("flash", "selection.reviewer.assigned");
				return redirectToDossier(id, application);
			}
			catch (SelectionRefused refused) {
				Refusals.reject(errors, refused,
						REVIEWER_REFUSALS.contains(refused.messageKey()) ? "reviewer" : null);
			}
		}
		return failed("reviewer", id, application, user, locale, model);
	}

	@PostMapping("/selection/rounds/{id}/applications/{application}/reviewers/remove")
	String unassign(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("removal") DossierForms.Reviewer form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				selection.unassignReviewer(new RoundId(id), new ApplicationId(application),
						new AccountId(form.getReviewer()), Refusals.actor(user));
				redirect.addFlashAttribute("flash", "selection.reviewer.unassigned");
				return redirectToDossier(id, application);
			}
			catch (SelectionRefused refused) {
				Refusals.reject(errors, refused, (String) null);
			}
		}
		return failed("removal", id, application, user, locale, model);
	}

	@PostMapping("/selection/rounds/{id}/applications/{application}/decision")
	String decide(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("decision") DossierForms.Decision form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		selection.round(round);
		DecisionStatus status = form.getStatus();
		if (status == DecisionStatus.RETAINED && form.getAdvisor() == null && !errors.hasFieldErrors("advisor")) {
			errors.rejectValue("advisor", "selection.decision.advisor.required");
		}
		if (status != null && !DECISIONS.contains(status)) {
			errors.rejectValue("status", "selection.decision.status.invalid");
		}
		if (!errors.hasErrors()) {
			String text = form.getReasonText() == null || form.getReasonText().isBlank()
					? templateTexts().getOrDefault(form.getReasonKey(), "") : form.getReasonText();
			try {
				selection.decide(new RecordDecision(round, applicationId, status,
						status == DecisionStatus.WAITLISTED ? form.getWaitlistPosition() : null,
						status == DecisionStatus.RETAINED ? new AccountId(form.getAdvisor()) : null,
						form.getReasonKey(), text, form.getVersion(), Refusals.actor(user)));
				redirect.addFlashAttribute("flash", "selection.decision.recorded");
				return redirectToDossier(id, application);
			}
			catch (SelectionRefused refused) {
				refusedOnVersion(refused, errors, Map.of("status", "status", "waitlistPosition", "waitlistPosition",
						"advisor", "advisor", "reasonKey", "reasonKey", "reasonText", "reasonText"), round, applicationId,
						user, form::setVersion);
			}
		}
		return failed("decision", id, application, user, locale, model);
	}

	@PostMapping("/selection/rounds/{id}/applications/{application}/withdrawal")
	String withdraw(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("withdrawal") DossierForms.Withdrawal form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		selection.round(round);
		if (!errors.hasErrors()) {
			try {
				selection.withdraw(round, applicationId, form.getNote(), form.getVersion(), Refusals.actor(user));
				redirect.addFlashAttribute("flash", "selection.withdrawal.recorded");
				return redirectToDossier(id, application);
			}
			catch (SelectionRefused refused) {
				refusedOnVersion(refused, errors, Map.of("note", "note"), round, applicationId, user, form::setVersion);
			}
		}
		return failed("withdrawal", id, application, user, locale, model);
	}

	@PostMapping("/selection/rounds/{id}/applications/{application}/advisor")
	String handOver(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			@Valid @ModelAttribute("handOver") DossierForms.HandOver form, BindingResult errors, Locale locale,
			Model model, RedirectAttributes redirect) {
		RoundId round = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		selection.round(round);
		if (!errors.hasErrors()) {
			try {
				selection.reassign(round, applicationId, new AccountId(form.getAdvisor()), form.getReason(),
						form.getVersion(), Refusals.actor(user));
				redirect.addFlashAttribute("flash", "selection.handOver.recorded");
				return redirectToDossier(id, application);
			}
			catch (SelectionRefused refused) {
				refusedOnVersion(refused, errors, Map.of("advisor", "advisor", "reason", "reason"), round, applicationId,
						user, form::setVersion);
			}
		}
		return failed("handOver", id, application, user, locale, model);
	}

	/**
	 * The page again with the form that was refused: shown even when the dossier no longer offers it (the round closed,
	 * the decision changed meanwhile), so that the refusal and what was typed are never lost.
	 */
	private String failed(String form, UUID id, UUID application, PignonUser user, Locale locale, Model model) {
		model.addAttribute("failed", form);
		return show(id, application, user, locale, model);
	}

	/**
	 * A refused command made on a version of the dossier: the refusal goes next to its field; when the dossier changed
	 * meanwhile, the form is put on the current version, so that sending it again (after reading what changed) works.
	 */
	private void refusedOnVersion(SelectionRefused refused, BindingResult errors, Map<String, String> fields,
			RoundId round, ApplicationId application, PignonUser user, LongConsumer version) {
		Refusals.reject(errors, refused, fields);
		if (Refusals.stale(refused)) {
			version.accept(currentVersion(round, application, user));
		}
	}

	private long currentVersion(RoundId round, ApplicationId application, PignonUser user) {
		return selection.rankingRow(round, application, user.accountId()).map(RankingRow::version).orElse(0L);
	}

	/** The automatic rule of each criterion of the round's grid, to say in words what it read. */
	private Map<String, AutomaticRule> rules(RoundDetails round, Locale locale) {
		Map<String, AutomaticRule> rules = new HashMap<>();
		for (Criterion criterion : selection.grid(round.gridVersion(), locale).criteria()) {
			if (criterion.rule() != null) {
				rules.put(criterion.code(), criterion.rule());
			}
		}
		return rules;
	}

	/** Staff who may still be assigned: not already a reviewer of the application, nor in conflict on it. */
	private List<ca.pignon.selection.StaffRef> reviewerChoices(ReviewBoard board) {
		Set<AccountId> taken = new HashSet<>();
		if (board.own() != null) {
			taken.add(board.own().reviewer().id());
		}
		board.others().stream().map(ReviewView::reviewer).forEach(reviewer -> taken.add(reviewer.id()));
		return staff.advisorsAndManagers().stream().filter(member -> !taken.contains(member.id())).toList();
	}

	/** Reviewers a manager may still take off: assigned, not submitted, no conflict declared (which stays on record). */
	private static List<ReviewView> removable(ReviewBoard board) {
		List<ReviewView> reviews = new java.util.ArrayList<>();
		if (board.own() != null) {
			reviews.add(board.own());
		}
		reviews.addAll(board.others());
		return reviews.stream().filter(review -> review.assigned() && !review.submitted() && !review.conflicted()).toList();
	}

	static Map<String, String> labels(ReviewBoard board) {
		Map<String, String> labels = new HashMap<>();
		board.criteria().forEach(criterion -> labels.put(criterion.code(), criterion.label()));
		return labels;
	}

	/** Each template's text as the merchant will read it, to start the reason from. */
	private Map<String, String> templateTexts() {
		Map<String, String> texts = new HashMap<>();
		DECISIONS.forEach(status -> selection.reasonTemplates(status, MERCHANTS)
			.forEach(template -> texts.put(template.key(), template.text())));
		return texts;
	}

	private static String redirectToDossier(UUID round, UUID application) {
		return "redirect:/selection/rounds/" + round + "/applications/" + application;
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
