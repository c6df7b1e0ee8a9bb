package ca.pignon.content.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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

import ca.pignon.content.ContentRefused;
import ca.pignon.content.NewOccasion;
import ca.pignon.content.OccasionManagement;
import ca.pignon.platform.Dates;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;

/**
 * Staff's page of the occasions of a year: the computed ones, the shipped local events to confirm (or "à confirmer"),
 * and the occasions staff add for their city.
 */
@Controller
class OccasionsController {

	private final OccasionManagement occasions;

	private final MessageSource messages;

	OccasionsController(OccasionManagement occasions, MessageSource messages) {
		this.occasions = occasions;
		this.messages = messages;
	}

	@GetMapping("/content/occasions")
	String page(@RequestParam(required = false) @Nullable String year, Model model) {
		return page(year(year), new OccasionForm(), model);
	}

	@PostMapping("/content/occasions/events/{event}/{year}")
	String confirm(@PathVariable("event") String eventId, @PathVariable int year, @RequestParam(defaultValue = "") String start,
			@RequestParam(defaultValue = "") String end, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model, RedirectAttributes flash) {
		try {
			List<Problem> problems = new ArrayList<>();
			LocalDate first = TypedDates.read("start", start, problems);
			LocalDate last = TypedDates.read("end", end, problems);
			TypedDates.refuseIfAny(problems);
			occasions.confirm(eventId, year, first, last, user.accountId());
			flash.addFlashAttribute("flash", "content.occasions.confirmed");
			return "redirect:/content/occasions?year=" + year + "#ev-" + eventId;
		}
		catch (ContentRefused refused) {
			FormErrors.show(refused, "ev-" + eventId + "-", messages, locale, model);
			model.addAttribute("failedEvent", eventId);
			model.addAttribute("typedStart", start);
			model.addAttribute("typedEnd", end);
			return page(OccasionPolicyYears.clamp(year), new OccasionForm(), model);
		}
	}

	@PostMapping("/content/occasions/events/{event}/{year}/unconfirm")
	String unconfirm(@PathVariable("event") String eventId, @PathVariable int year, RedirectAttributes flash) {
		occasions.unconfirm(eventId, OccasionPolicyYears.clamp(year));
		flash.addFlashAttribute("flash", "content.occasions.unconfirmed");
		return "redirect:/content/occasions?year=" + OccasionPolicyYears.clamp(year) + "#ev-" + eventId;
	}

	@PostMapping("/content/occasions")
	String add(@ModelAttribute("occasionForm") OccasionForm form, BindingResult binding,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		List<Problem> problems = new ArrayList<>();
		LocalDate start = TypedDates.read("start", form.getStart(), problems);
		LocalDate end = TypedDates.read("end", form.getEnd(), problems);
		try {
			TypedDates.refuseIfAny(problems);
			occasions.add(new NewOccasion(form.getNameFr(), form.getNameEn(), form.getPlace(), start, end),
					user.accountId());
			flash.addFlashAttribute("flash", "content.occasions.added");
			return "redirect:/content/occasions?year=" + start.getYear() + "#added";
		}
		catch (ContentRefused refused) {
			FormErrors.reject(refused, binding);
			int year = start != null ? OccasionPolicyYears.clamp(start.getYear()) : OccasionPolicyYears.thisYear();
			return page(year, form, model);
		}
	}

	@PostMapping("/content/occasions/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam(defaultValue = "") String year, RedirectAttributes flash) {
		occasions.remove(id);
		flash.addFlashAttribute("flash", "content.occasions.removed");
		return "redirect:/content/occasions?year=" + year(year) + "#added";
	}

	private String page(int year, OccasionForm form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("computed", occasions.computedIn(year));
		model.addAttribute("events", occasions.localEventsOf(year));
		model.addAttribute("added", occasions.addedIn(year));
		model.addAttribute("previousYear", OccasionPolicyYears.clamp(year - 1));
		model.addAttribute("nextYear", OccasionPolicyYears.clamp(year + 1));
		if (!model.containsAttribute("occasionForm")) {
			model.addAttribute("occasionForm", form);
		}
		return "content/occasions";
	}

	/** The year asked for, this year when none or one that does not read or is outside the calendar's range. */
	private static int year(@Nullable String year) {
		if (year == null || !year.strip().matches("\\d{4}")) {
			return OccasionPolicyYears.thisYear();
		}
		return OccasionPolicyYears.clamp(Integer.parseInt(year.strip()));
	}

	/** The calendar's years, as the pages use them. */
	static final class OccasionPolicyYears {

		private OccasionPolicyYears() {
		}

		static int thisYear() {
			return LocalDate.now(Dates.PROGRAM_ZONE).getYear();
		}

		static int clamp(int year) {
			return Math.max(OccasionsApiController.FIRST_YEAR, Math.min(OccasionsApiController.LAST_YEAR, year));
		}

	}

}
