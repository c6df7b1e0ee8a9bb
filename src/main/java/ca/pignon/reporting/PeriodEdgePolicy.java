package ca.pignon.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Two reports whose periods differ by a month or more must not tell, by subtraction, a group of fewer merchants than
 * the minimum. Reports count whole months; for each cell, the months of its whole history are cut into blocks, from
 * the first, each closed as soon as it holds the minimum of merchants (the last block takes what is left, so that
 * every block holds the minimum, or the whole history is one block). A cell is published only when both edges of the
 * period fall on a cut (or before its first month, or after its last): then any two published periods of the cell
 * differ by whole blocks, none or at least the minimum of merchants.
 */
final class PeriodEdgePolicy {

	private PeriodEdgePolicy() {
	}

	/**
	 * @param months the merchants the cell counts in each month of its whole history (of the report's cohort)
	 */
	static boolean publishable(SortedMap<YearMonth, Integer> months, YearMonth from, YearMonth to, int minimumCell) {
		List<Integer> cuts = cuts(months, minimumCell);
		return cuts.contains(before(months, from)) && cuts.contains(before(months, to.plusMonths(1)));
	}

	/** The merchants counted before this month. */
	static int before(SortedMap<YearMonth, Integer> months, YearMonth month) {
		return months.headMap(month).values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The counts before each allowed edge: none, each block's end, all. */
	static List<Integer> cuts(SortedMap<YearMonth, Integer> months, int minimumCell) {
		int total = months.values().stream().mapToInt(Integer::intValue).sum();
		List<Integer> cuts = new ArrayList<>(List.of(0));
		int counted = 0;
		int block = 0;
		for (Map.Entry<YearMonth, Integer> month : months.entrySet()) {
			counted += month.getValue();
			block += month.getValue();
			if (block >= minimumCell && total - counted >= minimumCell) {
				cuts.add(counted);
				block = 0;
			}
		}
		cuts.add(total);
		return cuts;
	}

}
