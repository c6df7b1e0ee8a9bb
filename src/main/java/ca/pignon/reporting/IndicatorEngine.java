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
		boolean changed = true;
		while (changed) {
			changed = hideTogether(all, LINKED) | hideInSum(all, Indicator.NOT_ELIGIBLE, REASONS);
		}
		hideMeansThatGiveAwayTheirCount(all, minimumCell);
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

	/**
	 * Indicators bound by an equation in every cell: registered = eligible + not eligible + still to check (none, once
	 * every decision is taken). Suppressed one by one, a hidden count of one would be the difference of the two others.
	 */
	static final List<Indicator> LINKED = List.of(Indicator.REGISTERED, Indicator.ELIGIBLE, Indicator.NOT_ELIGIBLE);

	/**
	 * A cell hidden (and not a guessable zero) in one linked indicator is hidden in the others too, then each one's
	 * complementary suppression runs again, until nothing more is hidden: no linked count is the difference of two
	 * published ones.
	 */
	static boolean hideTogether(Map<Indicator, Tables> all, List<Indicator> linked) {
		boolean hidden = false;
		boolean changed = true;
		while (changed) {
			changed = false;
			Tables reference = all.get(linked.get(0));
			for (List<Grouping> table : Tables.tables()) {
				for (List<String> values : reference.rowsOf(table)) {
					List<TableCell> cells = linked.stream()
						.map(indicator -> all.get(indicator).existing(table, values))
						.filter(java.util.Objects::nonNull)
						.toList();
					if (cells.stream().anyMatch(TableCell::unknown)) {
						for (TableCell cell : cells) {
							if (!cell.suppressed && !cell.knownZero()) {
								cell.suppressed = true;
								changed = true;
							}
						}
					}
				}
			}
			if (changed) {
				linked.forEach(indicator -> complement(all.get(indicator)));
				hidden = true;
			}
		}
		return hidden;
	}

	/** The reasons of non-eligibility: one per non-eligible dossier, so they add up to {@code not-eligible}. */
	static final List<Indicator> REASONS = List.of(Indicator.NOT_ELIGIBLE_OUTSIDE_TERRITORY,
			Indicator.NOT_ELIGIBLE_HOME_BASED, Indicator.NOT_ELIGIBLE_ONLINE_ONLY, Indicator.NOT_ELIGIBLE_NO_STOREFRONT,
			Indicator.NOT_ELIGIBLE_OTHER);

	/**
	 * Indicators whose parts add up to a total in every cell (total = part + part + ...): where exactly one of them is
	 * hidden (and not a guessable zero), it would be the total less the published parts, so the published one of
	 * fewest merchants (a part before the total) is hidden too; then their complementary suppression runs again, until
	 * no equation has exactly one hidden term.
	 *
	 * @return whether anything more was hidden
	 */
	static boolean hideInSum(Map<Indicator, Tables> all, Indicator total, List<Indicator> parts) {
		List<Indicator> terms = new ArrayList<>();
		terms.add(total);
		terms.addAll(parts);
		boolean hidden = false;
		boolean changed = true;
		while (changed) {
			changed = false;
			java.util.Set<Indicator> touched = java.util.EnumSet.noneOf(Indicator.class);
			Tables reference = all.get(total);
			for (List<Grouping> table : Tables.tables()) {
				for (List<String> values : reference.rowsOf(table)) {
					long unknown = terms.stream()
						.map(indicator -> all.get(indicator).existing(table, values))
						.filter(cell -> cell != null && cell.unknown())
						.count();
					if (unknown != 1) {
						continue;
					}
					Indicator cheapest = null;
					TableCell cheapestCell = null;
					for (Indicator indicator : terms) {
						TableCell cell = all.get(indicator).existing(table, values);
						if (cell == null || cell.suppressed || cell.knownZero()) {
							continue;
						}
						boolean better = cheapestCell == null || cheapest == total
								|| indicator != total && cell.merchants < cheapestCell.merchants;
						if (better) {
							cheapest = indicator;
							cheapestCell = cell;
						}
					}
					if (cheapestCell != null) {
						cheapestCell.suppressed = true;
						touched.add(cheapest);
						changed = true;
					}
				}
			}
			if (changed) {
				touched.forEach(indicator -> complement(all.get(indicator)));
				hidden = true;
			}
		}
		return hidden;
	}

	/** Means over exactly the merchants a published count counts: hidden wherever that count is hidden. */
	static final Map<Indicator, Indicator> MEANS_OF_A_COUNT = Map.of(Indicator.SATISFACTION_MEAN,
			Indicator.SURVEY_ANSWERS, Indicator.SATISFIED_SHARE, Indicator.SURVEY_ANSWERS);

	/**
	 * A mean rounded to a tenth over few merchants gives its count back (71.4 % can only be 5 of 7), so a mean whose
	 * count is hidden is hidden too; and a share of 0 % or 100 % says every merchant's own answer, so it is shown only
	 * over twice the minimum cell.
	 */
	static void hideMeansThatGiveAwayTheirCount(Map<Indicator, Tables> all, int minimumCell) {
		for (var pair : MEANS_OF_A_COUNT.entrySet()) {
			Tables means = all.get(pair.getKey());
			Tables counts = all.get(pair.getValue());
			for (List<Grouping> table : Tables.tables()) {
				for (List<String> values : means.rowsOf(table)) {
					TableCell mean = means.existing(table, values);
					TableCell count = counts.existing(table, values);
					if (mean != null && count != null && count.suppressed) {
						mean.suppressed = true;
					}
				}
			}
		}
		for (Indicator indicator : Indicator.values()) {
			if (!indicator.id().endsWith("-share")) {
				continue;
			}
			Tables shares = all.get(indicator);
			for (TableCell cell : shares.allCells()) {
				if (!cell.suppressed && cell.merchants < 2 * minimumCell) {
					BigDecimal share = shares.value(cell);
					if (share.signum() == 0 || share.compareTo(BigDecimal.valueOf(100)) == 0) {
						cell.suppressed = true;
					}
				}
			}
		}
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
			complement(tables);
		}
		return tables;
	}

	/** Complementary suppression, then the audit's own additions: no hidden cell follows from the published ones. */
	private static void complement(Tables tables) {
		ComplementarySuppressionPolicy.apply(tables.twoWays());
		DisclosureAudit.protect(tables);
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
