package ca.pignon.reporting;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Every table of one indicator for one period and cohort: the total, one table per grouping and one per pair of
 * groupings, computed together so that their suppression is one pattern, whatever table is asked.
 */
final class Tables {

	static final List<Grouping> GROUPINGS = List.of(Grouping.values());

	final Indicator indicator;

	/** The groups of each grouping, in every dossier of the program (whatever the period): the rows of the tables. */
	final Map<Grouping, List<String>> groups;

	/** By table (its groupings, in the enum's order) then by group values. */
	final Map<List<Grouping>, Map<List<String>, TableCell>> cells = new HashMap<>();

	Tables(Indicator indicator, List<Merchant> merchants, YearMonth from, YearMonth to, @Nullable UUID cohort) {
		this.indicator = indicator;
		Map<Grouping, List<String>> found = new HashMap<>();
		for (Grouping grouping : GROUPINGS) {
			SortedSet<String> values = new TreeSet<>();
			merchants.forEach(merchant -> values.add(merchant.group(grouping)));
			found.put(grouping, List.copyOf(values));
		}
		this.groups = Map.copyOf(found);
		for (Merchant merchant : merchants) {
			Contribution contribution = merchant.contributions().get(indicator);
			if (contribution == null || contribution.value().signum() == 0 && indicator.kind() == Indicator.Kind.SUM) {
				continue;
			}
			boolean inCohort = cohort == null || cohort.equals(merchant.cohort());
			boolean inPeriod = !contribution.month().isBefore(from) && !contribution.month().isAfter(to);
			for (List<Grouping> table : tables()) {
				TableCell cell = cells.computeIfAbsent(table, any -> new HashMap<>())
					.computeIfAbsent(table.stream().map(merchant::group).toList(), any -> new TableCell());
				if (inPeriod) {
					cell.merchantsInAllRounds++;
				}
				if (inCohort) {
					cell.months.merge(contribution.month(), 1, Integer::sum);
					if (inPeriod) {
						cell.merchants++;
						cell.sum = cell.sum.add(contribution.value());
						cell.values.add(contribution.value());
					}
				}
			}
		}
	}

	/** The 22 tables: none, each grouping, each pair (in the enum's order). */
	static List<List<Grouping>> tables() {
		List<List<Grouping>> tables = new ArrayList<>();
		tables.add(List.of());
		GROUPINGS.forEach(grouping -> tables.add(List.of(grouping)));
		for (int a = 0; a < GROUPINGS.size(); a++) {
			for (int b = a + 1; b < GROUPINGS.size(); b++) {
				tables.add(List.of(GROUPINGS.get(a), GROUPINGS.get(b)));
			}
		}
		return tables;
	}

	/** The table's groupings in the enum's order. */
	static List<Grouping> canonical(List<Grouping> groupBy) {
		return groupBy.stream().sorted().toList();
	}

	/** The cell of these groups (in the table's canonical order); a zero cell when no merchant is in it. */
	TableCell cell(List<Grouping> table, List<String> values) {
		return cells.computeIfAbsent(table, any -> new HashMap<>()).computeIfAbsent(values, any -> new TableCell());
	}

	@Nullable TableCell existing(List<Grouping> table, List<String> values) {
		return cells.getOrDefault(table, Map.of()).get(values);
	}

	TableCell total() {
		return cell(List.of(), List.of());
	}

	/** Every cell of every table, the empty ones of the two-grouping tables aside. */
	List<TableCell> allCells() {
		for (List<Grouping> table : tables()) {
			if (table.size() < 2) {
				rowsOf(table).forEach(values -> cell(table, values));
			}
		}
		return cells.values().stream().flatMap(byGroup -> byGroup.values().stream()).toList();
	}

	/** The rows of a table: every combination of its groupings' groups, in order. */
	List<List<String>> rowsOf(List<Grouping> table) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of());
		for (Grouping grouping : table) {
			List<List<String>> longer = new ArrayList<>();
			for (List<String> row : rows) {
				for (String value : groups.get(grouping)) {
					List<String> next = new ArrayList<>(row);
					next.add(value);
					longer.add(List.copyOf(next));
				}
			}
			rows = longer;
		}
		return rows;
	}

	/** The two-grouping tables with their margins, for complementary suppression. */
	List<ComplementarySuppressionPolicy.TwoWay> twoWays() {
		List<ComplementarySuppressionPolicy.TwoWay> twoWays = new ArrayList<>();
		for (List<Grouping> table : tables()) {
			if (table.size() == 2) {
				twoWays.add(twoWay(table.get(0), table.get(1)));
			}
		}
		return twoWays;
	}

	private ComplementarySuppressionPolicy.TwoWay twoWay(Grouping first, Grouping second) {
		List<String> rows = groups.get(first);
		List<String> columns = groups.get(second);
		List<Grouping> table = List.of(first, second);
		return new ComplementarySuppressionPolicy.TwoWay() {

			@Override
			public int rows() {
				return rows.size();
			}

			@Override
			public int columns() {
				return columns.size();
			}

			@Override
			public @Nullable TableCell inner(int row, int column) {
				return existing(table, List.of(rows.get(row), columns.get(column)));
			}

			@Override
			public TableCell rowMargin(int row) {
				return cell(List.of(first), List.of(rows.get(row)));
			}

			@Override
			public TableCell columnMargin(int column) {
				return cell(List.of(second), List.of(columns.get(column)));
			}

			@Override
			public TableCell total() {
				return Tables.this.total();
			}

		};
	}

	/** The value a published cell shows. */
	BigDecimal value(TableCell cell) {
		return switch (indicator.kind()) {
			case COUNT -> BigDecimal.valueOf(cell.merchants);
			case SUM -> cell.sum;
			case MEAN -> cell.sum.divide(BigDecimal.valueOf(cell.merchants), 1, java.math.RoundingMode.HALF_UP);
			case MEDIAN -> median(cell.values);
		};
	}

	static BigDecimal median(List<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal median = sorted.size() % 2 == 1 ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
		return median.setScale(1, java.math.RoundingMode.HALF_UP);
	}

}
