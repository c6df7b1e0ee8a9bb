package ca.pignon.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import ca.pignon.reporting.Grouping;
import ca.pignon.reporting.IndicatorReport;
import ca.pignon.reporting.ReportCell;

/** The API's answer: the shape. */
record IndicatorsResponse(
		@Schema(description = "The groupings asked, in order", example = "[\"arrondissement\", \"sector\"]") List<String> groupBy,
		@Schema(description = "The first day counted: the first day of the month of the from asked") LocalDate from,
		@Schema(description = "The last day counted: the last day of the month of the to asked") LocalDate to,
		@Schema(description = "The intake round counted; all rounds when absent")
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable UUID cohort,
		@Schema(description = "The fewest merchants a published cell counts", example = "5") int minimumCell,
		List<Row> rows,
		@Schema(description = "Each indicator over the period (the same whatever groupBy)") Map<String, Cell> totals) {

	record Row(@Schema(description = "The row's group: grouping id → value (\"none\" where a dossier has none)",
			example = "{\"arrondissement\": \"La Cité-Limoilou\", \"sector\": \"44-45\"}") Map<String, String> group,
			@Schema(description = "Indicator id → cell, in the order of docs/reporting.md") Map<String, Cell> indicators) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Cell(@JsonInclude(JsonInclude.Include.ALWAYS) @Schema(description = "The value; null when suppressed",
			nullable = true) @Nullable BigDecimal value,
			@Schema(description = "true when the cell is suppressed (too few merchants, or it would let one work out "
					+ "one that is); absent otherwise") @Nullable Boolean suppressed) {

		static Cell of(ReportCell cell) {
			return cell.suppressed() ? new Cell(null, true) : new Cell(cell.value(), null);
		}

	}

	static IndicatorsResponse of(IndicatorReport report) {
		return new IndicatorsResponse(report.groupBy().stream().map(Grouping::id).toList(), report.from(), report.to(),
				report.cohort(), report.minimumCell(),
				report.rows().stream().map(row -> new Row(row.group(), cells(row.indicators()))).toList(),
				cells(report.totals()));
	}

	private static Map<String, Cell> cells(Map<String, ReportCell> cells) {
		Map<String, Cell> shown = new LinkedHashMap<>();
		cells.forEach((id, cell) -> shown.put(id, Cell.of(cell)));
		return shown;
	}

}
