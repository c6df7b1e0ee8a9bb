package ca.pignon.reporting;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * An exact audit: which suppressed cells of an additive indicator can be worked out from everything
 * published for the period (the total, the six one-grouping tables, the fifteen two-grouping tables, all at once, as
 * anyone asking every {@code groupBy} would), by the linear relations the tables keep (each table adds up to its
 * margins). Gaussian elimination modulo a large prime over the unknown cells; a cell is worked out when its unit
 * vector lies in the span of the relations.
 */
final class DisclosureAudit {

	static final long PRIME = 2_147_483_647L;

	private DisclosureAudit() {
	}

	/**
	 * Suppresses more cells until the audit finds nothing to work out: for each cell it finds, the published cell of
	 * the fewest merchants that adds up with it (an inner cell rather than a margin), then the tables are protected
	 * again ({@link ComplementarySuppressionPolicy}). Only needed when a margin or the total is suppressed: otherwise
	 * the two-grouping tables share nothing unknown, and protecting each is enough.
	 */
	static void protect(Tables tables) {
		while (tables.allCells().stream().anyMatch(cell -> cell.unknown()) && marginsUnknown(tables)) {
			List<TableCell> disclosed = disclosed(tables);
			if (disclosed.isEmpty()) {
				return;
			}
			TableCell cheapest = null;
			long cost = Long.MAX_VALUE;
			for (List<TableCell[]> relation : relations(tables)) {
				if (!contains(relation, disclosed.get(0))) {
					continue;
				}
				for (int side = 0; side < 2; side++) {
					for (TableCell cell : relation.get(side)) {
						if (cell != null && !cell.suppressed && !cell.knownZero()) {
							long candidate = cell.merchants + (side == 1 ? ComplementarySuppressionPolicy.SHARED_CELL : 0);
							if (candidate < cost) {
								cost = candidate;
								cheapest = cell;
							}
						}
					}
				}
			}
			if (cheapest == null) {
				return;
			}
			cheapest.suppressed = true;
			ComplementarySuppressionPolicy.apply(tables.twoWays());
		}
	}

	private static boolean marginsUnknown(Tables tables) {
		for (List<Grouping> table : Tables.tables()) {
			if (table.size() < 2) {
				for (List<String> values : tables.rowsOf(table)) {
					TableCell cell = tables.existing(table, values);
					if (cell != null && cell.unknown()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean contains(List<TableCell[]> relation, TableCell wanted) {
		for (TableCell[] side : relation) {
			for (TableCell cell : side) {
				if (cell == wanted) {
					return true;
				}
			}
		}
		return false;
	}

	/** Each relation: the cells (first) that add up to the margin (second). */
	static List<List<TableCell[]>> relations(Tables tables) {
		List<List<TableCell[]>> relations = new ArrayList<>();
		// each relation: the cells that add up (+) to the margin (-)
		for (List<Grouping> table : Tables.tables()) {
			if (table.size() == 1) {
				List<TableCell> parts = new ArrayList<>();
				tables.rowsOf(table).forEach(values -> parts.add(tables.existing(table, values)));
				relations.add(List.of(parts.toArray(TableCell[]::new), new TableCell[] { tables.total() }));
			}
			if (table.size() == 2) {
				Grouping first = table.get(0);
				Grouping second = table.get(1);
				for (String row : tables.groups.get(first)) {
					List<TableCell> parts = new ArrayList<>();
					tables.groups.get(second).forEach(column -> parts.add(tables.existing(table, List.of(row, column))));
					relations.add(List.of(parts.toArray(TableCell[]::new),
							new TableCell[] { tables.existing(List.of(first), List.of(row)) }));
				}
				for (String column : tables.groups.get(second)) {
					List<TableCell> parts = new ArrayList<>();
					tables.groups.get(first).forEach(row -> parts.add(tables.existing(table, List.of(row, column))));
					relations.add(List.of(parts.toArray(TableCell[]::new),
							new TableCell[] { tables.existing(List.of(second), List.of(column)) }));
				}
			}
		}
		return relations;
	}

	/** The suppressed cells, not zero, that the published ones give away. */
	static List<TableCell> disclosed(Tables tables) {
		Map<TableCell, Integer> unknowns = new IdentityHashMap<>();
		List<TableCell> byIndex = new ArrayList<>();
		List<List<TableCell[]>> relations = relations(tables);
		List<long[]> rows = new ArrayList<>();
		List<Map<Integer, Long>> sparse = new ArrayList<>();
		for (List<TableCell[]> relation : relations) {
			Map<Integer, Long> row = new java.util.HashMap<>();
			for (int side = 0; side < 2; side++) {
				for (TableCell cell : relation.get(side)) {
					if (cell != null && cell.unknown()) {
						int index = unknowns.computeIfAbsent(cell, any -> {
							byIndex.add(any);
							return byIndex.size() - 1;
						});
						row.merge(index, side == 0 ? 1L : PRIME - 1, (a, b) -> (a + b) % PRIME);
					}
				}
			}
			if (!row.isEmpty()) {
				sparse.add(row);
			}
		}
		int n = byIndex.size();
		for (Map<Integer, Long> row : sparse) {
			long[] dense = new long[n];
			row.forEach((index, value) -> dense[index] = value);
			rows.add(dense);
		}
		int[] pivotRowOf = new int[n];
		java.util.Arrays.fill(pivotRowOf, -1);
		int rank = 0;
		for (int column = 0; column < n && rank < rows.size(); column++) {
			int found = -1;
			for (int r = rank; r < rows.size(); r++) {
				if (rows.get(r)[column] != 0) {
					found = r;
					break;
				}
			}
			if (found < 0) {
				continue;
			}
			java.util.Collections.swap(rows, rank, found);
			long[] pivot = rows.get(rank);
			long inverse = power(pivot[column], PRIME - 2);
			for (int c = 0; c < n; c++) {
				pivot[c] = pivot[c] * inverse % PRIME;
			}
			for (int r = 0; r < rows.size(); r++) {
				long[] other = rows.get(r);
				if (r != rank && other[column] != 0) {
					long factor = other[column];
					for (int c = 0; c < n; c++) {
						other[c] = Math.floorMod(other[c] - factor * pivot[c] % PRIME, PRIME);
					}
				}
			}
			pivotRowOf[column] = rank;
			rank++;
		}
		List<TableCell> disclosed = new ArrayList<>();
		for (int column = 0; column < n; column++) {
			if (pivotRowOf[column] < 0) {
				continue;
			}
			long[] row = rows.get(pivotRowOf[column]);
			boolean alone = true;
			for (int c = 0; c < n && alone; c++) {
				alone = c == column || row[c] == 0;
			}
			if (alone) {
				disclosed.add(byIndex.get(column));
			}
		}
		return disclosed;
	}

	private static long power(long base, long exponent) {
		long result = 1;
		long b = base % PRIME;
		long e = exponent;
		while (e > 0) {
			if ((e & 1) == 1) {
				result = result * b % PRIME;
			}
			b = b * b % PRIME;
			e >>= 1;
		}
		return result;
	}

}
