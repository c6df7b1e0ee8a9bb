package ca.pignon.content.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

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

import ca.pignon.content.CalendarDraft;
import ca.pignon.content.CalendarManagement;
import ca.pignon.content.CalendarPost;
import ca.pignon.content.CalendarSettings;
import ca.pignon.content.ContentRefused;
import ca.pignon.content.Network;
import ca.pignon.content.ValueManagement;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

/**
 * The editorial calendar: the merchant's networks, rhythm, hours, closed days and own dates; "Préparer mes trois
 * prochains mois"; the month's planned posts, each edited, moved, skipped or marked published.
 */
@Controller
class EditorialCalendarController {

	private final CalendarManagement calendar;

	private final ValueManagement values;

	EditorialCalendarController(CalendarManagement calendar, ValueManagement values) {
		this.calendar = calendar;
		this.values = values;
	}

	@GetMapping("/content/applications/{application}/calendar")
	String page(@PathVariable UUID application, @RequestParam(required = false) @Nullable String month,
			@AuthenticationPrincipal PignonUser user, Model model) {
		ApplicationId id = new ApplicationId(application);
		CalendarSettings settings = calendar.settings(user, id).orElse(null);
		model.addAttribute("calendarForm", CalendarForm.of(settings));
		return page(id, user, month(month), model);
	}

	@PostMapping("/content/applications/{application}/calendar/settings")
	String save(@PathVariable UUID application, @ModelAttribute("calendarForm") CalendarForm form,
			BindingResult binding, @AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash) {
		ApplicationId id = new ApplicationId(application);
		values.work(user, id);
		try {
			List<Problem> problems = new ArrayList<>();
			CalendarSettings settings = form.settings(problems);
			if (!problems.isEmpty()) {
				throw new ContentRefused(problems);
			}
			calendar.save(user, id, settings);
			flash.addFlashAttribute("flash", "content.calendar.saved");
			return "redirect:/content/applications/" + application + "/calendar";
		}
		catch (ContentRefused refused) {
			FormErrors.reject(refused, binding);
			return page(id, user, null, model);
		}
	}

	@PostMapping("/content/applications/{application}/calendar/draft")
	String draft(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user, Locale locale,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		ApplicationId id = new ApplicationId(application);
		try {
			CalendarDraft draft = calendar.draft(user, id, locale);
			flash.addFlashAttribute("flash", "content.calendar.drafted");
			flash.addFlashAttribute("drafted", draft.posts().size());
			flash.addFlashAttribute("leftOut", draft.leftOut());
			return "redirect:/content/applications/" + application + "/calendar";
		}
		catch (ContentRefused refused) {
			model.addAttribute("calendarForm", CalendarForm.of(calendar.settings(user, id).orElse(null)));
			model.addAttribute("pageProblem", refused.problems().get(0));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, user, null, model);
		}
	}

	@PostMapping("/content/applications/{application}/calendar/post")
	String post(@PathVariable UUID application, @ModelAttribute("postForm") PostForm form,
			@AuthenticationPrincipal PignonUser user, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		ApplicationId id = new ApplicationId(application);
		values.work(user, id);
		UUID post = form.postId();
		try {
			if (post == null) {
				throw new ContentRefused(null, "content.calendar.post.unknown");
			}
			switch (form.getAction()) {
				case "publish" -> calendar.publish(user, id, post, form.getLink());
				case "skip" -> calendar.skip(user, id, post);
				default -> {
					List<Problem> problems = new ArrayList<>();
					LocalDate day = TypedDates.read("day", form.getDay(), problems);
					if (!problems.isEmpty()) {
						throw new ContentRefused(List.of(Problem.about("day", "content.calendar.date.invalid",
								form.getDay().strip())));
					}
					calendar.edit(user, id, post, day, form.getCaption());
				}
			}
			flash.addFlashAttribute("flash", "content.calendar.post.saved");
			LocalDate day = calendar.posts(user, id).stream().filter(p -> p.id().equals(post)).map(CalendarPost::day)
				.findFirst().orElse(null);
			return "redirect:/content/applications/" + application + "/calendar"
					+ (day == null ? "" : "?month=" + YearMonth.from(day));
		}
		catch (ContentRefused refused) {
			Map<String, Problem> problems = new HashMap<>();
			for (Problem problem : refused.problems()) {
				problems.putIfAbsent(problem.field() == null ? "post" : problem.field(), problem);
			}
			model.addAttribute("calendarForm", CalendarForm.of(calendar.settings(user, id).orElse(null)));
			model.addAttribute("postProblems", problems);
			model.addAttribute("editing", post);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			YearMonth month = calendar.posts(user, id).stream().filter(p -> p.id().equals(post))
				.map(p -> YearMonth.from(p.day())).findFirst().orElse(null);
			return page(id, user, month, model);
		}
	}

	private String page(ApplicationId application, PignonUser user, @Nullable YearMonth month, Model model) {
		model.addAttribute("work", values.work(user, application));
		CalendarSettings settings = calendar.settings(user, application).orElse(null);
		List<CalendarPost> posts = calendar.posts(user, application);
		model.addAttribute("settings", settings);
		model.addAttribute("networks", Network.values());
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (Network network : Network.values()) {
			fields.put(network.name(), CalendarForm.field(network));
		}
		model.addAttribute("fields", fields);
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		if (settings != null) {
			int asked = calendar.minutesAsked(user, application, settings);
			model.addAttribute("minutesAsked", asked);
			model.addAttribute("overCapacity", asked > settings.minutesPerWeek());
		}
		YearMonth shown = month;
		if (shown == null) {
			shown = posts.isEmpty() ? YearMonth.now() : YearMonth.from(posts.get(0).day());
		}
		YearMonth current = shown;
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("posts", posts.stream().filter(p -> YearMonth.from(p.day()).equals(current)).toList());
		model.addAttribute("hasPosts", !posts.isEmpty());
		if (!model.containsAttribute("postForm")) {
			model.addAttribute("postForm", new PostForm());
		}
		if (!model.containsAttribute("postProblems")) {
			model.addAttribute("postProblems", Map.of());
		}
		return "content/calendar";
	}

	private static @Nullable YearMonth month(@Nullable String typed) {
		if (typed == null) {
			return null;
		}
		try {
			return YearMonth.parse(typed.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
