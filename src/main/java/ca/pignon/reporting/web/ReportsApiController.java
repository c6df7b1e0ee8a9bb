package ca.pignon.reporting.web;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportingManagement;

/** The program's indicators for the City's analysts: counts only, never who. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "The program's indicators by territory, sector and size, privacy-safe")
class ReportsApiController {

	static final String CSV = "text/csv";

	private final ReportingManagement reporting;

	private final MessageSource messages;

	ReportsApiController(ReportingManagement reporting, MessageSource messages) {
		this.reporting = reporting;
		this.messages = messages;
	}

	@GetMapping(value = "/indicators", produces = { MediaType.APPLICATION_JSON_VALUE, CSV, ReportXlsx.MEDIA_TYPE })
	@Operation(summary = "The program's indicators for a period",
			description = "Every indicator (ids and definitions in docs/reporting.md) for the months of the period, "
					+ "for all rounds or one cohort, grouped by zero to two groupings, with the totals. A cell that "
					+ "counts fewer than minimumCell merchants is suppressed (value null, suppressed true), and so "
					+ "are the cells that would let one work a suppressed cell out from the totals, the other cells, "
					+ "another groupBy of the same period, or a report that differs by a month or by the cohort. "
					+ "Accept: text/csv answers the same as CSV; Accept: " + ReportXlsx.MEDIA_TYPE + " as an XLSX "
					+ "workbook (a suppressed cell empty, with a note).",
			security = @SecurityRequirement(name = "bearer"))
	@ApiResponse(responseCode = "200", description = "The indicators",
			content = { @Content(mediaType = "application/json",
					schema = @Schema(implementation = IndicatorsResponse.class)),
					@Content(mediaType = CSV, schema = @Schema(type = "string")),
					@Content(mediaType = ReportXlsx.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")) })
	@ApiResponse(responseCode = "400",
			description = "An unknown or repeated grouping, more than two, a missing or malformed date, from after to, "
					+ "or a malformed cohort; parameter names it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> indicators(
			@Parameter(description = "Zero to two of municipality, arrondissement, quartier, sdc, sector, employees, "
					+ "separated by a comma", example = "arrondissement,sector") @RequestParam(required = false)
			@Nullable String groupBy,
			@Parameter(description = "The first day (ISO date); counted from the first day of its month",
					example = "2026-04-01", required = true) @RequestParam(required = false) @Nullable String from,
			@Parameter(description = "The last day (ISO date); counted to the last day of its month",
					example = "2026-06-30", required = true) @RequestParam(required = false) @Nullable String to,
			@Parameter(description = "One intake round's id; all rounds when absent") @RequestParam(required = false)
			@Nullable String cohort,
			@RequestHeader(value = HttpHeaders.ACCEPT, required = false) @Nullable String accept, Locale locale) {
		IndicatorReport report = reporting.report(ReportParameters.read(groupBy, from, to, cohort));
		if (accept != null && accept.contains(ReportXlsx.MEDIA_TYPE)) {
			return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(ReportXlsx.MEDIA_TYPE))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.xlsx\"")
				.body(ReportXlsx.write(report, ReportsController.suppressedNote(report, messages, locale)));
		}
		if (accept != null && accept.contains(CSV)) {
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicators.csv\"")
				.body(ReportCsv.write(report));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(IndicatorsResponse.of(report));
	}

}
