package ca.pignon.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a report from the merchants' contributions: every table of every indicator for the period, primary
 * suppression ({@link MinimumCellPolicy}, {@link PeriodEdgePolicy}, {@link CohortDifferencePolicy}), then
 * complementary suppression of the additive ones ({@link ComplementarySuppressionPolicy}), then the table asked.
 */
final class IndicatorEngine {

	private IndicatorEngine() {
	}

	static IndicatorReport report(List<Merchant> merchants, ReportRequest request, int minimumCell) {
		YearMonth from = YearMonth.from(request.from());
		YearMonth to = YearMonth.from(request.to());
		Map<Indicator, Tables> all = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			all.put(indicator, suppressed(new Tables(indicator, merchants, from, to, request.cohort()), from, to,
					request.cohort() != null, minimumCell));
		}
		List<Grouping> table = Tables.canonical(request.groupBy());
		Tables any = all.get(Indicator.REGISTERED);
		List<ReportRow> rows = new ArrayList<>();
		for (List<String> values : any.rowsOf(table)) {
			Map<String, String> group = new LinkedHashMap<>();
			for (Grouping grouping : request.groupBy()) {
				group.put(grouping.id(), values.get(table.indexOf(grouping)));
			}
			rows.add(new ReportRow(group, cells(all, table, values)));
		}
		return new IndicatorReport(request.groupBy(), from.atDay(1), to.atEndOfMonth(), request.cohort(), minimumCell,
				rows, cells(all, List.of(), List.of()));
	}

	/** Every table of one indicator, its suppression decided. */
	static Tables suppressed(Tables tables, YearMonth from, YearMonth to, boolean oneCohort, int minimumCell) {
		for (TableCell cell : tables.allCells()) {
			cell.suppressed = MinimumCellPolicy.tooFew(cell.merchants, minimumCell)
					|| !PeriodEdgePolicy.publishable(cell.months, from, to, minimumCell)
					|| oneCohort && !CohortDifferencePolicy.publishable(cell.merchants, cell.merchantsInAllRounds,
							minimumCell);
		}
		if (tables.indicator.kind().additive()) {
			ComplementarySuppressionPolicy.apply(tables.twoWays());
			DisclosureAudit.protect(tables);
		}
		return tables;
	}

	private static Map<String, ReportCell> cells(Map<Indicator, Tables> all, List<Grouping> table,
			List<String> values) {
		Map<String, ReportCell> cells = new LinkedHashMap<>();
		for (Indicator indicator : Indicator.values()) {
			Tables tables = all.get(indicator);
			TableCell cell = tables.existing(table, values);
			cells.put(indicator.id(), cell == null || cell.suppressed ? ReportCell.hidden()
					: ReportCell.shown(shown(indicator, tables.value(cell))));
		}
		return cells;
	}

	private static BigDecimal shown(Indicator indicator, BigDecimal value) {
		return indicator == Indicator.HOURS_DELIVERED ? value.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP)
				: value;
	}

}
