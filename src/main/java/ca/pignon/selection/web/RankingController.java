package ca.pignon.selection.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.shared.ApplicationId;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.RankingPage;
import ca.pignon.selection.RoundDetails;
import ca.pignon.selection.RoundId;
import ca.pignon.selection.ScoreBreakdown;
import ca.pignon.selection.SelectionManagement;
import ca.pignon.selection.SelectionRefused;

/**
 * The ranked list of a round, a page at a time: each row with its engagement and impact subtotals and its breakdown
 * by criterion on demand (a request of its own), its rank, ties, borderline cases, disagreements, incomplete reviews and decision. Reads one
 * page from the ranking index ({@link SelectionManagement#rankingPage}), whatever the number of applications. With
 * htmx, paging swaps the results only.
 */
@Controller
class RankingController {

	static final int PAGE_SIZE = 50;

	private final SelectionManagement selection;

	private final SelectionFormat format;

	RankingController(SelectionManagement selection, SelectionFormat format) {
		this.selection = selection;
		this.format = format;
	}

	@GetMapping("/selection/rounds/{id}/ranking")
	String ranking(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		RoundId roundId = new RoundId(id);
		RoundDetails round = selection.round(roundId);
		RankingPage ranking;
		try {
			ranking = selection.rankingSummaryPage(roundId, Math.max(0, page), PAGE_SIZE, user.accountId());
		}
		catch (SelectionRefused refused) {
			// a page number past any possible ranking
			throw new NotFound();
		}
		model.addAttribute("round", round);
		model.addAttribute("ranking", ranking);
		model.addAttribute("view", RankingView.of(roundId, ranking, rules(ranking.gridVersion(), locale), format));
		return htmx != null ? "selection/ranking :: results" : "selection/ranking";
	}

	/**
	 * One row's breakdown by criterion, which the ranking loads when its "Détail par critère" opens (without
	 * JavaScript, the row links to the dossier, which shows it too). Hidden, as on the ranking, from a reviewer of the
	 * application who has not submitted.
	 */
	@GetMapping("/selection/rounds/{id}/applications/{application}/breakdown")
	String breakdown(@PathVariable UUID id, @PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			Locale locale, Model model) {
		RoundId roundId = new RoundId(id);
		ApplicationId applicationId = new ApplicationId(application);
		try {
			if (!selection.reviewBoard(roundId, applicationId, user.accountId(), locale).othersVisible()) {
				model.addAttribute("hidden", true);
				return "selection/ranking :: breakdownLines";
			}
			ScoreBreakdown score = selection.scoreOf(roundId, applicationId, locale);
			model.addAttribute("hidden", false);
			model.addAttribute("lines", RankingView.lines(score, rules(score.gridVersion(), locale), format));
		}
		catch (SelectionRefused notInTheRound) {
			throw new NotFound();
		}
		return "selection/ranking :: breakdownLines";
	}

	private Map<String, AutomaticRule> rules(int gridVersion, Locale locale) {
		Map<String, AutomaticRule> rules = new HashMap<>();
		for (Criterion criterion : selection.grid(gridVersion, locale).criteria()) {
			if (criterion.rule() != null) {
				rules.put(criterion.code(), criterion.rule());
			}
		}
		return rules;
	}

}
