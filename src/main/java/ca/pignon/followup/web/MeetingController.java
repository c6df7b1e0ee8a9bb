package ca.pignon.followup.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

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

import ca.pignon.followup.Dossier;
import ca.pignon.followup.FollowupManagement;
import ca.pignon.followup.FollowupRefused;
import ca.pignon.followup.Meeting;
import ca.pignon.followup.MeetingConflict;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingId;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.Dates;
import ca.pignon.platform.NotFound;
import ca.pignon.platform.PignonUser;

/**
 * Logging and editing a meeting. A refused value comes back with its message and everything typed; an edit that
 * crosses another one shows what the other person saved, keeps what this one typed, and saves only when sent again.
 */
@Controller
class MeetingController {

	private final FollowupManagement followup;

	private final FollowupAccess access;

	private final Clock clock;

	MeetingController(FollowupManagement followup, FollowupAccess access, Clock clock) {
		this.followup = followup;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/followup/merchants/{application}/meetings/new")
	String blank(@PathVariable UUID application, @RequestParam(defaultValue = "false") boolean planned,
			@AuthenticationPrincipal PignonUser user, Model model) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		var today = clock.instant().atZone(Dates.PROGRAM_ZONE).toLocalDate();
		return form(dossier, null, MeetingForm.blank(planned ? MeetingStatus.PLANNED : MeetingStatus.HELD, today),
				model);
	}

	@PostMapping("/followup/merchants/{application}/meetings")
	String log(@PathVariable UUID application, @ModelAttribute("form") MeetingForm form, BindingResult errors,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		MeetingDetails details = form.toDetails(errors);
		if (details == null) {
			return form(dossier, null, form, model);
		}
		try {
			followup.logMeeting(dossier.applicationId(), details, FollowupAccess.actor(user));
		}
		catch (FollowupRefused refused) {
			reject(refused, errors);
			return form(dossier, null, form, model);
		}
		flash.addFlashAttribute("flash", details.status() == MeetingStatus.HELD ? "followup.meeting.logged"
				: "followup.meeting.planned");
		return "redirect:/followup/merchants/" + application;
	}

	@GetMapping("/followup/merchants/{application}/meetings/{meeting}")
	String edit(@PathVariable UUID application, @PathVariable UUID meeting, @AuthenticationPrincipal PignonUser user,
			Model model) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		Meeting stored = meetingOf(dossier, meeting);
		return form(dossier, stored, MeetingForm.of(stored), model);
	}

	@PostMapping("/followup/merchants/{application}/meetings/{meeting}")
	String save(@PathVariable UUID application, @PathVariable UUID meeting, @ModelAttribute("form") MeetingForm form,
			BindingResult errors, @AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		Dossier dossier = access.dossier(new ApplicationId(application), user);
		Meeting stored = meetingOf(dossier, meeting);
		MeetingDetails details = form.toDetails(errors);
		if (details == null) {
			return form(dossier, stored, form, model);
		}
		long expected = form.version() == null ? -1 : form.version();
		try {
			followup.editMeeting(stored.id(), details, expected, FollowupAccess.actor(user));
		}
		catch (FollowupRefused refused) {
			reject(refused, errors);
			return form(dossier, stored, form, model);
		}
		catch (MeetingConflict conflict) {
			// the other person's version becomes the base: sending again saves what this person typed, knowingly
			Meeting current = conflict.current();
			model.addAttribute("conflict", current);
			model.addAttribute("changes", changes(form, MeetingForm.of(current)));
			MeetingForm kept = form.withVersion(current.version());
			model.addAttribute("form", kept);
			return form(dossier, current, kept, model);
		}
		flash.addFlashAttribute("flash", "followup.meeting.saved");
		return "redirect:/followup/merchants/" + application;
	}

	private Meeting meetingOf(Dossier dossier, UUID id) {
		Meeting meeting = followup.meeting(new MeetingId(id));
		if (!meeting.applicationId().equals(dossier.applicationId())) {
			throw new NotFound();
		}
		return meeting;
	}

	private static void reject(FollowupRefused refused, BindingResult errors) {
		for (Problem problem : refused.problems()) {
			if (problem.field() == null) {
				errors.reject(problem.messageKey());
			}
			else {
				errors.rejectValue(problem.field(), problem.messageKey());
			}
		}
	}

	/** The fields where the saved meeting differs from what this person typed: label key and saved value. */
	static List<String[]> changes(MeetingForm typed, MeetingForm saved) {
		List<String[]> changes = new ArrayList<>();
		compare(changes, "status", typed.status(), saved.status());
		compare(changes, "date", typed.date(), saved.date());
		compare(changes, "time", typed.time(), saved.time());
		compare(changes, "durationMinutes", typed.durationMinutes(), saved.durationMinutes());
		compare(changes, "mode", typed.mode(), saved.mode());
		compare(changes, "place", typed.place(), saved.place());
		compare(changes, "topics", typed.topics(), saved.topics());
		compare(changes, "actionsWorked", typed.actionsWorked(), saved.actionsWorked());
		compare(changes, "nextSteps", typed.nextSteps(), saved.nextSteps());
		return changes;
	}

	private static void compare(List<String[]> changes, String field, String typed, String saved) {
		String mine = typed == null ? "" : typed.strip();
		String theirs = saved == null ? "" : saved.strip();
		if (!Objects.equals(mine, theirs)) {
			changes.add(new String[] { field, theirs });
		}
	}

	private String form(Dossier dossier, Meeting meeting, MeetingForm form, Model model) {
		model.addAttribute("dossier", dossier);
		model.addAttribute("meeting", meeting);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("planned", form.planned());
		model.addAttribute("modes", MeetingMode.values());
		model.addAttribute("statuses", MeetingStatus.values());
		return "followup/meeting";
	}

}
