package ca.pignon.followup.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.followup.Dossier;
import ca.pignon.followup.MerchantCalendarManagement;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * The merchant's calendar as an .ics file (for staff, and for the merchant their own) and as a feed that calendar
 * applications poll at an unguessable address, which staff renew or stop. The calendar is in French whatever the
 * interface's language: its titles and notes (the plan's actions, the meetings' topics) are written in French, and the
 * feed, polled without the person's language, must say the same as the file.
 */
@Controller
class CalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** The one language of the calendar's labels, that of the titles and notes it carries. */
	static final Locale LANGUAGE = Locale.CANADA_FRENCH;

	private final FollowupManagement followup;

	private final MerchantCalendarManagement calendars;

	private final FollowupAccess access;

	CalendarController(FollowupManagement followup, MerchantCalendarManagement calendars, FollowupAccess access) {
		this.followup = followup;
		this.calendars = calendars;
		this.access = access;
	}

	@GetMapping("/followup/merchants/{application}/calendar.ics")
	ResponseEntity<String> download(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		return file(calendars.calendarFile(dossier.applicationId(), LANGUAGE), true);
	}

	@GetMapping("/followup/my/calendar.ics")
	ResponseEntity<String> mine(@AuthenticationPrincipal PignonUser user) {
		Dossier dossier = followup.dossierOf(user.accountId()).orElseThrow(NotFound::new);
		return file(calendars.calendarFile(dossier.applicationId(), LANGUAGE), true);
	}

	/** The feed: the secret in the address is the only key, so that a calendar application can poll it. */
	@GetMapping("/followup/calendar/{token}/pignon.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		return file(calendars.calendarFeed(token, LANGUAGE).orElseThrow(NotFound::new), false);
	}

	@PostMapping("/followup/merchants/{application}/calendar")
	String manage(@PathVariable UUID application, @RequestParam(defaultValue = "renew") String action,
			@AuthenticationPrincipal PignonUser user, RedirectAttributes flash) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		if ("revoke".equals(action)) {
			calendars.revokeCalendarToken(dossier.applicationId(), FollowupAccess.actor(user));
			flash.addFlashAttribute("flash", "followup.calendar.revoked");
		}
		else {
			calendars.renewCalendarToken(dossier.applicationId(), FollowupAccess.actor(user));
			flash.addFlashAttribute("flash", "followup.calendar.renewed");
		}
		return "redirect:/followup/merchants/" + application + "#calendar";
	}

	private static ResponseEntity<String> file(String ics, boolean attachment) {
		var response = ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CACHE_CONTROL, "no-store");
		if (attachment) {
			response.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("pignon-rencontres.ics").build().toString());
		}
		return response.body(ics);
	}

}
