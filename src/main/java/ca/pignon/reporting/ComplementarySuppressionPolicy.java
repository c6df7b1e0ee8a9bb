package ca.pignon.reporting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;

import org.jspecify.annotations.Nullable;

/**
 * Complementary suppression of an additive indicator over every table of a period at once: the total, the six
 * one-grouping tables (its margins) and the fifteen two-grouping tables (whose margins are the one-grouping tables),
 * whatever table was asked, so that the answer to every {@code groupBy} is cut from the same pattern.
 * <p>
 * A two-grouping table with its margins and total is a table whose every row and column adds up; the suppressed cells
 * are the unknowns. Seen as a graph (rows and the margin column on one side, columns and the margin row on the other,
 * one edge per unknown cell), an unknown can be worked out from the published cells exactly when its edge is a bridge:
 * on no cycle. So, table after table until nothing changes, each bridge is put on a cycle by suppressing the cheapest
 * path of other cells between its ends (the fewest merchants; a margin or the total only when nothing else will do,
 * since they are shared by every table). Zero cells are taken as known to anyone (they can neither be protected nor
 * protect); ties are broken by the order of the groups, so that the same data give the same pattern every time.
 */
final class ComplementarySuppressionPolicy {

	/** What suppressing a margin or the total costs beside an inner cell: it shows in every table. */
	static final long SHARED_CELL = 1_000_000L;

	private ComplementarySuppressionPolicy() {
	}

	/** The cells of one table with its margins, as {@link Tables} lends them. */
	interface TwoWay {

		int rows();

		int columns();

		@Nullable TableCell inner(int row, int column);

		TableCell rowMargin(int row);

		TableCell columnMargin(int column);

		TableCell total();

	}

	/** Suppresses cells of these tables until no suppressed cell of any can be worked out; whether any changed. */
	static boolean apply(List<TwoWay> tables) {
		boolean changedAny = false;
		boolean changed = true;
		while (changed) {
			changed = false;
			for (TwoWay table : tables) {
				while (protect(table)) {
					changed = true;
					changedAny = true;
				}
			}
		}
		return changedAny;
	}

	/** Puts the first bridge of the table on a cycle; whether a cell was suppressed. */
	static boolean protect(TwoWay table) {
		Graph graph = new Graph(table);
		for (int edge : graph.bridges()) {
			List<TableCell> path = graph.cheapestPathAround(edge);
			if (!path.isEmpty()) {
				path.forEach(cell -> cell.suppressed = true);
				return true;
			}
		}
		return false;
	}

	/** Whether an unknown cell of the table can be worked out from its published cells. */
	static boolean disclosing(TwoWay table) {
		return new Graph(table).bridges().length > 0;
	}

	/**
	 * Nodes: rows 0..r-1, the margin column r, columns r+1..r+c, the margin row r+c+1. Every cell is an edge; the
	 * unknown ones make the graph whose bridges are disclosed.
	 */
	private static final class Graph {

		final int nodes;

		final List<int[]> ends = new ArrayList<>();

		final List<@Nullable TableCell> cells = new ArrayList<>();

		final List<Long> costs = new ArrayList<>();

		Graph(TwoWay table) {
			int r = table.rows();
			int c = table.columns();
			nodes = r + c + 2;
			int marginColumn = r;
			int marginRow = r + c + 1;
			for (int row = 0; row < r; row++) {
				for (int column = 0; column < c; column++) {
					add(row, r + 1 + column, table.inner(row, column), 0);
				}
				add(row, marginColumn, table.rowMargin(row), SHARED_CELL);
			}
			for (int column = 0; column < c; column++) {
				add(marginRow, r + 1 + column, table.columnMargin(column), SHARED_CELL);
			}
			add(marginRow, marginColumn, table.total(), SHARED_CELL);
		}

		private void add(int from, int to, @Nullable TableCell cell, long extra) {
			ends.add(new int[] { from, to });
			cells.add(cell);
			costs.add(cell == null || cell.knownZero() ? -1 : cell.unknown() ? 0 : cell.merchants + 1 + extra);
		}

		boolean unknown(int edge) {
			TableCell cell = cells.get(edge);
			return cell != null && cell.unknown();
		}

		/** The unknown edges on no cycle, in the order of the cells (Tarjan's bridges). */
		int[] bridges() {
			List<List<int[]>> adjacent = new ArrayList<>();
			for (int node = 0; node < nodes; node++) {
				adjacent.add(new ArrayList<>());
			}
			for (int edge = 0; edge < ends.size(); edge++) {
				if (unknown(edge)) {
					adjacent.get(ends.get(edge)[0]).add(new int[] { ends.get(edge)[1], edge });
					adjacent.get(ends.get(edge)[1]).add(new int[] { ends.get(edge)[0], edge });
				}
			}
			int[] order = new int[nodes];
			int[] low = new int[nodes];
			Arrays.fill(order, -1);
			boolean[] bridge = new boolean[ends.size()];
			int counter = 0;
			for (int start = 0; start < nodes; start++) {
				if (order[start] >= 0) {
					continue;
				}
				// iterative depth-first search: node, edge it was reached by, next neighbour to look at
				Deque<int[]> stack = new ArrayDeque<>();
				order[start] = low[start] = counter++;
				stack.push(new int[] { start, -1, 0 });
				while (!stack.isEmpty()) {
					int[] top = stack.peek();
					int node = top[0];
					if (top[2] < adjacent.get(node).size()) {
						int[] next = adjacent.get(node).get(top[2]++);
						if (next[1] == top[1]) {
							continue;
						}
						if (order[next[0]] < 0) {
							order[next[0]] = low[next[0]] = counter++;
							stack.push(new int[] { next[0], next[1], 0 });
						}
						else {
							low[node] = Math.min(low[node], order[next[0]]);
						}
					}
					else {
						stack.pop();
						if (!stack.isEmpty()) {
							int parent = stack.peek()[0];
							low[parent] = Math.min(low[parent], low[node]);
							if (low[node] > order[parent]) {
								bridge[top[1]] = true;
							}
						}
					}
				}
			}
			return java.util.stream.IntStream.range(0, ends.size()).filter(edge -> bridge[edge]).toArray();
		}

		/** The published cells to suppress so that this edge is on a cycle: the cheapest path between its ends. */
		List<TableCell> cheapestPathAround(int excluded) {
			int from = ends.get(excluded)[0];
			int to = ends.get(excluded)[1];
			long[] distance = new long[nodes];
			int[] via = new int[nodes];
			Arrays.fill(distance, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			distance[from] = 0;
			// ties: the lower node first, so that the path is the same every time
			PriorityQueue<long[]> queue = new PriorityQueue<>(
					(a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
			queue.add(new long[] { 0, from });
			while (!queue.isEmpty()) {
				long[] head = queue.poll();
				int node = (int) head[1];
				if (head[0] > distance[node]) {
					continue;
				}
				for (int edge = 0; edge < ends.size(); edge++) {
					long cost = costs.get(edge);
					if (edge == excluded || cost < 0 || (ends.get(edge)[0] != node && ends.get(edge)[1] != node)) {
						continue;
					}
					int other = ends.get(edge)[0] == node ? ends.get(edge)[1] : ends.get(edge)[0];
					if (distance[node] + cost < distance[other]) {
						distance[other] = distance[node] + cost;
						via[other] = edge;
						queue.add(new long[] { distance[other], other });
					}
				}
			}
			List<TableCell> path = new ArrayList<>();
			if (distance[to] == Long.MAX_VALUE) {
				return path;
			}
			for (int node = to; node != from;) {
				int edge = via[node];
				TableCell cell = cells.get(edge);
				if (cell != null && !cell.unknown()) {
					path.add(cell);
				}
				node = ends.get(edge)[0] == node ? ends.get(edge)[1] : ends.get(edge)[0];
			}
			return path;
		}

	}

}
