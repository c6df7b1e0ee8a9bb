package ca.pignon.privacy.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;
import ca.pignon.privacy.PrivacyManagement;
import ca.pignon.privacy.PrivacyRequests;
import ca.pignon.shared.ApplicationId;

/**
 * "Who opened this dossier between these dates": the access log, for the people in charge of personal information.
 * The dossier is its id (the one in its pages' addresses, and linked from a request); the dates default to the last
 * twelve months.
 */
@Controller
class AccessLogController {

	private final PrivacyManagement privacy;

	private final PrivacyRequests requests;

	private final Clock clock;

	AccessLogController(PrivacyManagement privacy, PrivacyRequests requests, Clock clock) {
		this.privacy = privacy;
		this.requests = requests;
		this.clock = clock;
	}

	@GetMapping("/privacy/access-log")
	String log(@RequestParam(required = false) @Nullable String application,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@AuthenticationPrincipal PignonUser user, Model model) {
		if (!requests.isOfficer(user.accountId())) {
			throw new NotFound();
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), Dates.PROGRAM_ZONE);
		model.addAttribute("dossierId", application == null ? "" : application.strip());
		model.addAttribute("from", from == null ? today.minusYears(1).toString() : from);
		model.addAttribute("to", to == null ? today.toString() : to);
		if (application == null || application.isBlank()) {
			return "privacy/access-log";
		}
		try {
			var dossier = new ApplicationId(UUID.fromString(application.strip()));
			LocalDate start = from == null || from.isBlank() ? today.minusYears(1) : LocalDate.parse(from.strip());
			LocalDate end = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
			if (end.isBefore(start)) {
				model.addAttribute("problem", "privacy.accessLog.datesReversed");
				return "privacy/access-log";
			}
			model.addAttribute("entries", privacy.whoOpened(user.accountId(), dossier, start, end));
		}
		catch (IllegalArgumentException | DateTimeParseException unreadable) {
			model.addAttribute("problem", "privacy.accessLog.unreadable");
		}
		return "privacy/access-log";
	}

}
