package ca.pignon.selection.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.selection.Criterion;
import ca.pignon.selection.Grid;
import ca.pignon.selection.SelectionManagement;

/**
 * A dossier's whole timeline, in words: submitted, eligibility, overrides, entry in a round, reviews (who and when,
 * never the scores), decisions, advisors, mails sent. For managers, and for the merchant's current advisor, who
 * inherits the whole history on a hand-over; for any other advisor the page does not exist.
 */
@Controller
class TimelineController {

	private final SelectionManagement selection;

	private final IntakeManagement intake;

	private final SelectionFormat format;

	private final MessageSource messages;

	TimelineController(SelectionManagement selection, IntakeManagement intake, SelectionFormat format,
			MessageSource messages) {
		this.selection = selection;
		this.intake = intake;
		this.format = format;
		this.messages = messages;
	}

	@GetMapping("/selection/applications/{application}/timeline")
	String timeline(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model) {
		ApplicationId id = new ApplicationId(application);
		ApplicationDetails dossier = intake.application(id, locale);
		if (!Refusals.manages(user) && selection.caseloadOf(user.accountId())
			.stream()
			.noneMatch(merchant -> merchant.applicationId().equals(id))) {
			throw new NotFound();
		}
		Map<String, String> criteria = new HashMap<>();
		for (Grid grid : selection.grids(locale)) {
			for (Criterion criterion : grid.criteria()) {
				criteria.put(criterion.code(), criterion.label());
			}
		}
		model.addAttribute("dossier", dossier);
		model.addAttribute("manager", Refusals.manages(user));
		model.addAttribute("lines", selection.timelineOf(id)
			.stream()
			.map(entry -> TimelineLine.of(entry, criteria, format, messages, locale))
			.toList());
		return "selection/timeline";
	}

}
