package ca.pignon.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The suppression rules one at a time, on hand-made cells. */
class SuppressionPoliciesTests {

	static final int K = 5;

	@Test
	void aCellOfFewerThanTheMinimumIsSuppressedNoneIncluded() {
		assertThat(MinimumCellPolicy.tooFew(0, K)).isTrue();
		assertThat(MinimumCellPolicy.tooFew(4, K)).isTrue();
		assertThat(MinimumCellPolicy.tooFew(5, K)).isFalse();
	}

	@Test
	void aCohortsCellIsPublishedOnlyWhenItDiffersFromAllRoundsByNoneOrTheMinimum() {
		assertThat(CohortDifferencePolicy.publishable(12, 12, K)).isTrue();
		assertThat(CohortDifferencePolicy.publishable(12, 14, K)).isFalse();
		assertThat(CohortDifferencePolicy.publishable(12, 17, K)).isTrue();
	}

	@Test
	void monthsAreCutIntoBlocksOfTheMinimumTheLastTakingWhatIsLeft() {
		// 3 + 4 | 6 | 2 + 1 + 5 → blocks 7, 6, 8 (the 2 and 1 of the end go with the 5)
		SortedMap<YearMonth, Integer> months = months(3, 4, 6, 2, 1, 5);
		assertThat(PeriodEdgePolicy.cuts(months, K)).containsExactly(0, 7, 13, 21);
	}

	@Test
	void aPeriodIsPublishedOnlyWhenBothEdgesFallOnACut() {
		SortedMap<YearMonth, Integer> months = months(3, 4, 6, 2, 1, 5);
		YearMonth january = YearMonth.of(2026, 1);
		// January to March: 0 before, 13 before April
		assertThat(PeriodEdgePolicy.publishable(months, january, january.plusMonths(2), K)).isTrue();
		// January alone: 3 before February is no cut (the 3 of January would be the difference with January-February)
		assertThat(PeriodEdgePolicy.publishable(months, january, january, K)).isFalse();
		// February to June: 3 before February is no cut
		assertThat(PeriodEdgePolicy.publishable(months, january.plusMonths(1), january.plusMonths(5), K)).isFalse();
		// the whole year, and after the history
		assertThat(PeriodEdgePolicy.publishable(months, january, january.plusMonths(11), K)).isTrue();
		assertThat(PeriodEdgePolicy.publishable(months, january.plusMonths(7), january.plusMonths(11), K)).isTrue();
	}

	@Test
	void twoNestedPublishedPeriodsOfACellDifferByNoneOrTheMinimum() {
		SortedMap<YearMonth, Integer> months = months(3, 4, 0, 6, 2, 1, 5, 0, 1, 9, 4, 4);
		YearMonth january = YearMonth.of(2026, 1);
		for (int a = 0; a < 12; a++) {
			for (int b = a; b < 12; b++) {
				// a period inside the other: the attacker subtracts it
				for (int c = a; c <= b; c++) {
					for (int d = c; d <= b; d++) {
						if (PeriodEdgePolicy.publishable(months, january.plusMonths(a), january.plusMonths(b), K)
								&& PeriodEdgePolicy.publishable(months, january.plusMonths(c), january.plusMonths(d), K)) {
							int difference = Math.abs(count(months, a, b) - count(months, c, d));
							assertThat(difference == 0 || difference >= K).as("%d-%d against %d-%d", a, b, c, d).isTrue();
						}
					}
				}
			}
		}
	}

	@Test
	void aLoneSuppressedCellOfARowTakesAnotherWithIt() {
		// given: rows A, B; columns X, Y; A-X counts 2 (suppressed), every margin published
		Table table = new Table(new int[][] { { 2, 9 }, { 8, 7 } });
		assertThat(ComplementarySuppressionPolicy.disclosing(table)).isTrue();
		// when
		ComplementarySuppressionPolicy.apply(List.of(table));
		// then: the cheapest rectangle is suppressed with it, nothing more, and nothing can be worked out
		assertThat(table.suppressed()).isEqualTo(new boolean[][] { { true, true }, { true, true } });
		assertThat(table.rowMargins[0].suppressed || table.columnMargins[0].suppressed).isFalse();
		assertThat(ComplementarySuppressionPolicy.disclosing(table)).isFalse();
	}

	@Test
	void theComplementsAreTheSmallestCells() {
		// the path round A-X of the fewest merchants: A-Z (6), B-Z (8), B-X (40), rather than A-Z, C-Z (70), C-X (9)
		Table table = new Table(new int[][] { { 2, 30, 6 }, { 40, 50, 8 }, { 9, 60, 70 } });
		ComplementarySuppressionPolicy.apply(List.of(table));
		assertThat(table.suppressed()).isEqualTo(
				new boolean[][] { { true, false, true }, { true, false, true }, { false, false, false } });
	}

	@Test
	void aSuppressedMarginIsProtectedThroughTheInnerCells() {
		// given: row A's margin (3) is suppressed with row B's (4) in its one-grouping table; its inner cells 1 and 2
		Table table = new Table(new int[][] { { 1, 2 }, { 2, 2 }, { 20, 30 } });
		table.rowMargins[0].suppressed = true;
		table.rowMargins[1].suppressed = true;
		// when
		ComplementarySuppressionPolicy.apply(List.of(table));
		// then
		assertThat(ComplementarySuppressionPolicy.disclosing(table)).isFalse();
		assertThat(table.columnMargins[0].suppressed || table.total.suppressed).isFalse();
	}

	private static int count(SortedMap<YearMonth, Integer> months, int from, int to) {
		YearMonth january = YearMonth.of(2026, 1);
		return months.subMap(january.plusMonths(from), january.plusMonths(to + 1))
			.values()
			.stream()
			.mapToInt(Integer::intValue)
			.sum();
	}

	static SortedMap<YearMonth, Integer> months(int... counts) {
		SortedMap<YearMonth, Integer> months = new TreeMap<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				months.put(YearMonth.of(2026, 1).plusMonths(i), counts[i]);
			}
		}
		return months;
	}

	/** A two-way table of counts with its margins, primary suppression applied. */
	static final class Table implements ComplementarySuppressionPolicy.TwoWay {

		final TableCell[][] inner;

		final TableCell[] rowMargins;

		final TableCell[] columnMargins;

		final TableCell total;

		Table(int[][] counts) {
			inner = new TableCell[counts.length][counts[0].length];
			rowMargins = new TableCell[counts.length];
			columnMargins = new TableCell[counts[0].length];
			int all = 0;
			for (int r = 0; r < counts.length; r++) {
				int row = 0;
				for (int c = 0; c < counts[0].length; c++) {
					inner[r][c] = cell(counts[r][c]);
					row += counts[r][c];
				}
				rowMargins[r] = cell(row);
				all += row;
			}
			for (int c = 0; c < counts[0].length; c++) {
				int column = 0;
				for (int[] row : counts) {
					column += row[c];
				}
				columnMargins[c] = cell(column);
			}
			total = cell(all);
		}

		private static TableCell cell(int merchants) {
			TableCell cell = new TableCell();
			cell.merchants = merchants;
			cell.suppressed = MinimumCellPolicy.tooFew(merchants, K);
			return cell;
		}

		boolean[][] suppressed() {
			boolean[][] suppressed = new boolean[inner.length][inner[0].length];
			for (int r = 0; r < inner.length; r++) {
				for (int c = 0; c < inner[0].length; c++) {
					suppressed[r][c] = inner[r][c].suppressed;
				}
			}
			return suppressed;
		}

		@Override
		public int rows() {
			return inner.length;
		}

		@Override
		public int columns() {
			return inner[0].length;
		}

		@Override
		public @Nullable TableCell inner(int row, int column) {
			return inner[row][column];
		}

		@Override
		public TableCell rowMargin(int row) {
			return rowMargins[row];
		}

		@Override
		public TableCell columnMargin(int column) {
			return columnMargins[column];
		}

		@Override
		public TableCell total() {
			return total;
		}

	}

}
