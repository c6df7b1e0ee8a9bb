package ca.pignon.content.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.pignon.content.ContentRefused;
import ca.pignon.content.EngagementRates;
import ca.pignon.content.FiguresLine;
import ca.pignon.content.FiguresManagement;
import ca.pignon.content.FiguresRange;
import ca.pignon.content.MonthlyFigures;
import ca.pignon.content.Network;
import ca.pignon.content.ValueManagement;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

/**
 * Measuring what works: the month's figures on each network of the calendar, typed or imported from a CSV file; the
 * engagement rates, the posts planned against those published, the cohort's median, and the trend chart (SVG drawn
 * here) with its data table.
 */
@Controller
class FiguresController {

	private final FiguresManagement figures;

	private final ValueManagement values;

	private final MessageSource messages;

	FiguresController(FiguresManagement figures, ValueManagement values, MessageSource messages) {
		this.figures = figures;
		this.values = values;
		this.messages = messages;
	}

	@GetMapping("/content/applications/{application}/figures")
	String page(@PathVariable UUID application, @RequestParam(required = false) @Nullable String month,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model) {
		ApplicationId id = new ApplicationId(application);
		YearMonth shown = shown(user, id, month);
		model.addAttribute("figuresForm", FiguresForm.of(shown, figures.networks(user, id), entered(user, id, shown)));
		return page(id, user, shown, locale, model);
	}

	@PostMapping("/content/applications/{application}/figures")
	String save(@PathVariable UUID application, @ModelAttribute("figuresForm") FiguresForm form,
			BindingResult binding, @AuthenticationPrincipal PignonUser user, Locale locale, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		ApplicationId id = new ApplicationId(application);
		values.work(user, id);
		List<Problem> problems = new ArrayList<>();
		YearMonth month = form.month(problems);
		try {
			List<MonthlyFigures> typed = month == null ? List.of() : form.figures(month, problems);
			if (!problems.isEmpty()) {
				throw new ContentRefused(problems);
			}
			figures.save(user, id, typed);
			flash.addFlashAttribute("flash", "content.figures.saved");
			return "redirect:/content/applications/" + application + "/figures?month=" + month;
		}
		catch (ContentRefused refused) {
			for (Problem problem : refused.problems()) {
				Object[] arguments = problem.arguments().toArray();
				if (problem.field() != null) {
					binding.rejectValue(problem.field(), problem.messageKey(), arguments, problem.messageKey());
				}
				else {
					binding.reject(problem.messageKey(), arguments, problem.messageKey());
				}
			}
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page(id, user, month == null ? shown(user, id, null) : month, locale, model);
		}
	}

	@PostMapping("/content/applications/{application}/figures/import")
	String importCsv(@PathVariable UUID application, @RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal PignonUser user, Locale locale, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		ApplicationId id = new ApplicationId(application);
		values.work(user, id);
		try {
			if (file == null || file.isEmpty()) {
				throw new ContentRefused("file", "content.figures.csv.none");
			}
			int count;
			try (InputStreamReader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				count = figures.importCsv(user, id, reader);
			}
			flash.addFlashAttribute("flash", "content.figures.imported");
			flash.addFlashAttribute("imported", count);
			return "redirect:/content/applications/" + application + "/figures";
		}
		catch (IOException ex) {
			return refusedImport(id, user, locale, model, response,
					List.of(Problem.about("file", "content.figures.csv.unreadable")));
		}
		catch (ContentRefused refused) {
			return refusedImport(id, user, locale, model, response, refused.problems());
		}
	}

	private String refusedImport(ApplicationId id, PignonUser user, Locale locale, Model model,
			HttpServletResponse response, List<Problem> problems) {
		YearMonth shown = shown(user, id, null);
		model.addAttribute("figuresForm", FiguresForm.of(shown, figures.networks(user, id), entered(user, id, shown)));
		model.addAttribute("importProblems", problems);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return page(id, user, shown, locale, model);
	}

	private String page(ApplicationId application, PignonUser user, YearMonth month, Locale locale, Model model) {
		model.addAttribute("work", values.work(user, application));
		FiguresRange range = figures.range(user, application).orElse(null);
		model.addAttribute("range", range);
		model.addAttribute("cohortK", FiguresManagement.COHORT_K);
		model.addAttribute("month", month);
		List<FiguresLine> lines = range == null ? List.of() : figures.month(user, application, month);
		model.addAttribute("lines", lines);
		List<MonthlyFigures> history = figures.history(user, application);
		model.addAttribute("history", history.stream()
			.map(f -> new HistoryRow(f, EngagementRates.byReach(f), EngagementRates.byFollowers(f)))
			.toList());
		model.addAttribute("hasChart", history.stream().anyMatch(f -> EngagementRates.byReach(f).isPresent()));
		if (!model.containsAttribute("importProblems")) {
			model.addAttribute("importProblems", List.of());
		}
		model.addAttribute("columns", String.join(", ", EngagementRates.CSV_COLUMNS));
		return "content/figures";
	}

	/** The trend chart, an SVG image: the engagement rate by reach of each network, month by month. */
	@GetMapping(value = "/content/applications/{application}/figures/chart.svg", produces = "image/svg+xml")
	@ResponseBody
	ResponseEntity<String> chart(@PathVariable UUID application, @AuthenticationPrincipal PignonUser user,
			Locale locale) {
		ApplicationId id = new ApplicationId(application);
		Map<Network, Map<YearMonth, BigDecimal>> trend = new EnumMap<>(Network.class);
		for (MonthlyFigures f : figures.history(user, id)) {
			EngagementRates.byReach(f)
				.ifPresent(rate -> trend.computeIfAbsent(f.network(), n -> new TreeMap<>()).put(f.month(), rate));
		}
		Map<Network, String> names = new LinkedHashMap<>();
		for (Network network : Network.values()) {
			names.put(network, messages.getMessage("content.Network." + network.name(), null, locale));
		}
		String svg = FiguresChart.svg(trend, names, messages.getMessage("content.figures.chart.title", null, locale),
				"%");
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.noStore())
			.body(svg);
	}

	/** A month of the history table, with its rates (null when there is nothing to divide by). */
	record HistoryRow(MonthlyFigures figures, @Nullable BigDecimal byReach, @Nullable BigDecimal byFollowers) {

		HistoryRow(MonthlyFigures figures, java.util.Optional<BigDecimal> byReach,
				java.util.Optional<BigDecimal> byFollowers) {
			this(figures, byReach.orElse(null), byFollowers.orElse(null));
		}

	}

	private Map<Network, MonthlyFigures> entered(PignonUser user, ApplicationId id, YearMonth month) {
		Map<Network, MonthlyFigures> entered = new EnumMap<>(Network.class);
		figures.history(user, id).stream().filter(f -> f.month().equals(month)).forEach(f -> entered.put(f.network(), f));
		return entered;
	}

	private YearMonth shown(PignonUser user, ApplicationId id, @Nullable String typed) {
		FiguresRange range = figures.range(user, id).orElse(null);
		YearMonth fallback = range == null ? YearMonth.now(ca.pignon.platform.Dates.PROGRAM_ZONE) : range.last();
		if (typed == null) {
			return fallback;
		}
		try {
			YearMonth month = YearMonth.parse(typed.strip());
			return range != null && range.contains(month) ? month : fallback;
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
