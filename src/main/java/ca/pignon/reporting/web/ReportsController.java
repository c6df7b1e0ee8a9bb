package ca.pignon.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.pignon.platform.Dates;
import ca.pignon.platform.DocumentLanguage;
import ca.pignon.platform.FormErrors;
import ca.pignon.platform.Refused;
import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.Indicator;
import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportCell;
import ca.pignon.reporting.ReportRequest;
import ca.pignon.reporting.ReportingManagement;
import ca.pignon.territory.TerritoryManagement;

/**
 * The City's page: the program's funnel and the indicators as tables, for a period and a grouping chosen in a form
 * (a GET form: the address is the report, to bookmark or share), each table downloadable as CSV.
 */
@Controller
@RequestMapping("/reports")
class ReportsController {

	/** The funnel: the steps a merchant goes through, in order. */
	static final List<Indicator> FUNNEL = List.of(Indicator.REGISTERED, Indicator.ELIGIBLE, Indicator.RETAINED,
			Indicator.DIAGNOSTICS_COMPLETED, Indicator.PLANS_APPROVED, Indicator.FIRST_ACTIONS_DONE,
			Indicator.DOSSIERS_CLOSED);

	private final ReportingManagement reporting;

	private final MessageSource messages;

	private final Clock clock;

	private final QuarterlyReportPdf quarterly;

	private final TerritoryManagement territory;

	/** The layers a map may show, by the grouping of their areas. */
	static final List<Grouping> MAP_LAYERS = List.of(Grouping.ARRONDISSEMENT, Grouping.QUARTIER, Grouping.SDC);

	ReportsController(ReportingManagement reporting, MessageSource messages, Clock clock,
			QuarterlyReportPdf quarterly, TerritoryManagement territory) {
		this.reporting = reporting;
		this.messages = messages;
		this.clock = clock;
		this.quarterly = quarterly;
		this.territory = territory;
	}

	@GetMapping
	String page(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable List<String> groupBy,
			@RequestParam(required = false) @Nullable String indicator,
			@RequestParam(required = false) @Nullable String map, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(Dates.PROGRAM_ZONE));
		String typedFrom = from != null ? from : shortcutFrom(period, today).toString();
		String typedTo = to != null ? to : shortcutTo(period, today).toString();
		String typedGroupBy = groupBy == null ? "" : String.join(",", groupBy.stream().filter(id -> !id.isBlank()).toList());
		model.addAttribute("from", typedFrom);
		model.addAttribute("to", typedTo);
		model.addAttribute("groupBy", typedGroupBy);
		model.addAttribute("first", groupBy == null || groupBy.isEmpty() ? "" : groupBy.get(0));
		model.addAttribute("second", groupBy == null || groupBy.size() < 2 ? "" : groupBy.get(1));
		model.addAttribute("groupings", Grouping.values());
		model.addAttribute("indicators", Indicator.values());
		model.addAttribute("funnel", FUNNEL);
		model.addAttribute("minimumCell", reporting.minimumCell());
		model.addAttribute("shortcuts", List.of("month", "quarter", "year"));
		model.addAttribute("quarters", Quarter.of(today).andBefore(8));
		Indicator chosen = Arrays.stream(Indicator.values())
			.filter(candidate -> candidate.id().equals(indicator))
			.findFirst()
			.orElse(Indicator.REGISTERED);
		Grouping layer = MAP_LAYERS.stream()
			.filter(candidate -> candidate.id().equals(map))
			.findFirst()
			.orElse(Grouping.ARRONDISSEMENT);
		model.addAttribute("chosenIndicator", chosen);
		model.addAttribute("mapLayer", layer.id());
		model.addAttribute("mapLayers", MAP_LAYERS);
		try {
			ReportRequest request = ReportParameters.read(typedGroupBy, typedFrom, typedTo, null);
			IndicatorReport report = reporting.report(request);
			model.addAttribute("report", report);
			model.addAttribute("groupIds", report.groupBy().stream().map(Grouping::id).toList());
			model.addAttribute("funnelChart", ReportCharts.bars(FUNNEL.stream()
				.map(step -> Map.entry(messages.getMessage(step.messageKey(), null, locale),
						report.totals().get(step.id())))
				.toList()));
			model.addAttribute("indicatorChart", ReportCharts.bars(indicatorBars(report, chosen, locale)));
			IndicatorReport byArea = reporting.report(new ReportRequest(List.of(layer), request.from(),
					request.to(), request.cohort()));
			Map<String, ReportCell> cells = new LinkedHashMap<>();
			byArea.rows().forEach(row -> cells.put(row.group().get(layer.id()), row.indicators().get(chosen.id())));
			model.addAttribute("mapRows", byArea.rows());
			model.addAttribute("shadedMap", ReportCharts.shaded(territory.areaMap(layer.id()), layer.id(), cells));
		}
		catch (InvalidReportParameter invalid) {
			FormErrors.show(new Refused(invalid.parameter(), invalid.messageKey(), invalid.arguments()), "", messages,
					locale, model);
		}
		return "reporting/reports";
	}

	/** The chosen indicator's bars: one per row of the report (its groups joined), or the total alone. */
	private List<Map.Entry<String, ReportCell>> indicatorBars(IndicatorReport report, Indicator chosen,
			Locale locale) {
		if (report.groupBy().isEmpty()) {
			return List.of(Map.entry(messages.getMessage("reporting.page.allMerchants", null, locale),
					report.totals().get(chosen.id())));
		}
		String none = messages.getMessage("reporting.group.none", null, locale);
		return report.rows()
			.stream()
			.map(row -> Map.entry(row.group()
				.values()
				.stream()
				.map(value -> Grouping.NONE.equals(value) ? none : value)
				.collect(Collectors.joining(" · ")), row.indicators().get(chosen.id())))
			.toList();
	}

	@GetMapping("/indicators.csv")
	ResponseEntity<?> csv(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable List<String> groupBy, Locale locale) {
		return download(from, to, groupBy, locale, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				"csv", ReportCsv::write);
	}

	@GetMapping("/indicators.xlsx")
	ResponseEntity<?> xlsx(@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable List<String> groupBy, Locale locale) {
		return download(from, to, groupBy, locale, MediaType.parseMediaType(ReportXlsx.MEDIA_TYPE), "xlsx",
				report -> ReportXlsx.write(report, suppressedNote(report, messages, locale)));
	}

	/** One table as a file to download, or, for a bad parameter, 400 with the reason in the reader's language. */
	private ResponseEntity<?> download(@Nullable String from, @Nullable String to, @Nullable List<String> groupBy,
			Locale locale, MediaType type, String extension, java.util.function.Function<IndicatorReport, ?> write) {
		try {
			IndicatorReport report = reporting.report(ReportParameters.read(
					groupBy == null ? null : String.join(",", groupBy), from, to, null));
			return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicateurs-" + report.from() + "-"
						+ report.to() + "." + extension + "\"")
				.body(write.apply(report));
		}
		catch (InvalidReportParameter invalid) {
			return badRequest(invalid, locale);
		}
	}

	/** The quarterly report as a tagged PDF, in French or, with {@code language=en}, in English. */
	@GetMapping("/quarterly.pdf")
	ResponseEntity<?> quarterly(@RequestParam(required = false) @Nullable String quarter,
			@RequestParam(name = DocumentLanguage.PARAMETER, required = false) @Nullable String asked, Locale locale) {
		try {
			Quarter chosen = Quarter.read(quarter);
			Locale language = DocumentLanguage.of(asked, locale);
			String name = "rapport-trimestriel-" + chosen + ("en".equals(language.getLanguage()) ? "-en" : "") + ".pdf";
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
				.body(quarterly.render(chosen, language));
		}
		catch (InvalidReportParameter invalid) {
			return badRequest(invalid, locale);
		}
	}

	private ResponseEntity<String> badRequest(InvalidReportParameter invalid, Locale locale) {
		return ResponseEntity.badRequest()
			.contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.body(messages.getMessage(invalid.messageKey(), invalid.arguments(), locale));
	}

	/** The note of a suppressed cell in a spreadsheet, in the reader's language. */
	static String suppressedNote(IndicatorReport report, MessageSource messages, Locale locale) {
		return messages.getMessage("reporting.xlsx.suppressed", new Object[] { report.minimumCell() }, locale);
	}

	/** The first day of the shortcut's period around today: the month, the quarter, the program year (civil). */
	static LocalDate shortcutFrom(@Nullable String period, LocalDate today) {
		return switch (period == null ? "year" : period) {
			case "month" -> today.withDayOfMonth(1);
			case "quarter" -> today.withMonth((today.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
			default -> today.withDayOfYear(1);
		};
	}

	static LocalDate shortcutTo(@Nullable String period, LocalDate today) {
		return switch (period == null ? "year" : period) {
			case "month" -> today.withDayOfMonth(today.lengthOfMonth());
			case "quarter" -> shortcutFrom("quarter", today).plusMonths(3).minusDays(1);
			default -> today.withMonth(12).withDayOfMonth(31);
		};
	}

}
