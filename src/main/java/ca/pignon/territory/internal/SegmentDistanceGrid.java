package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Distance from a point to the nearest of many segments (polygon edges), looking at few of them, for several sets of
 * segments at once (municipal boundaries, program edge) so that one cell lookup serves them all.
 * <p>
 * The segments are cut into short chains. Every point of a square is within D + h of some segment (D: distance from
 * the square's centre to its nearest segment, h: half the square's diagonal), so its nearest segment lies in a chain
 * whose envelope is within D + h of the square. Those candidate chains are precomputed for every grid cell, halving
 * squares from one that covers the grid (a square's candidates are among those of any square that holds it). A query
 * visits its cell's candidates, nearest first, skipping any chain whose envelope is already farther than the best
 * distance found: the result is the minimum over all segments, as a plain JTS {@code boundary.distance(point)}
 * computes it.
 */
final class SegmentDistanceGrid {

	private final Grid grid;

	private final Chains[] sets;

	/**
	 * Where the candidates of set s in cell c start in {@link #cellChains}: at {@code c * sets + s}; they end where
	 * the next start.
	 */
	private final int[] starts;

	private final int[] cellChains;

	private final int[][] allChains;

	private SegmentDistanceGrid(Grid grid, Chains[] sets, int[] starts, int[] cellChains, int[][] allChains) {
		this.grid = grid;
		this.sets = sets;
		this.starts = starts;
		this.cellChains = cellChains;
		this.allChains = allChains;
	}

	/**
	 * @param lineSets per set, coordinate sequences (closed rings or not); within a set, a segment repeated, in either
	 * direction, is kept once
	 * @param grid the cells to precompute
	 */
	static SegmentDistanceGrid of(List<List<Coordinate[]>> lineSets, Grid grid) {
		Chains[] sets = lineSets.stream().map(Chains::of).toArray(Chains[]::new);
		int[][] all = new int[sets.length][];
		for (int set = 0; set < sets.length; set++) {
			all[set] = IntStream.range(0, sets[set].count()).toArray();
		}
		int[][][] perCell = new int[grid.cells()][][];
		int size = Math.max(4, Integer.highestOneBit(Math.max(grid.columns(), grid.rows()) * 2 - 1));
		int[][] root = candidates(sets, all, grid.widenedSquare(0, 0, size));
		int sixteenth = size / 4;
		// sixteen squares of the covering one, on all cores
		IntStream.range(0, 16).parallel().forEach(square -> {
			int column = (square % 4) * sixteenth;
			int row = (square / 4) * sixteenth;
			if (column < grid.columns() && row < grid.rows()) {
				refine(sets, grid, perCell, root, column, row, sixteenth);
			}
		});
		var starts = new int[grid.cells() * sets.length + 1];
		int index = 0;
		for (int[][] cell : perCell) {
			for (int[] list : cell) {
				starts[index + 1] = starts[index] + list.length;
				index++;
			}
		}
		var cellChains = new int[starts[index]];
		index = 0;
		for (int[][] cell : perCell) {
			for (int[] list : cell) {
				System.arraycopy(list, 0, cellChains, starts[index++], list.length);
			}
		}
		return new SegmentDistanceGrid(grid, sets, starts, cellChains, all);
	}

	/**
	 * @param set which set of segments
	 * @param cell the point's cell in the grid, -1 outside
	 * @return the distance from the point to the nearest segment of the set
	 */
	double distance(int set, int cell, double x, double y) {
		if (cell < 0) {
			return Math.sqrt(sets[set].nearestSquared(x, y, allChains[set], 0, allChains[set].length));
		}
		int index = cell * sets.length + set;
		return Math.sqrt(sets[set].nearestSquared(x, y, cellChains, starts[index], starts[index + 1]));
	}

	int chainCount(int set) {
		return allChains[set].length;
	}

	double meanCandidatesPerCell() {
		return (double) cellChains.length / grid.cells();
	}

	/**
	 * Finds the candidates of a square of {@code size} by {@code size} cells among those of the square holding it,
	 * then does the same for its four quarters, down to single cells.
	 */
	private static void refine(Chains[] sets, Grid grid, int[][][] perCell, int[][] parentCandidates, int column,
			int row, int size) {
		int[][] candidates = candidates(sets, parentCandidates, grid.widenedSquare(column, row, size));
		if (size == 1) {
			perCell[row * grid.columns() + column] = candidates;
			return;
		}
		int half = size / 2;
		for (int quarter = 0; quarter < 4; quarter++) {
			int quarterColumn = column + (quarter % 2) * half;
			int quarterRow = row + (quarter / 2) * half;
			if (quarterColumn < grid.columns() && quarterRow < grid.rows()) {
				refine(sets, grid, perCell, candidates, quarterColumn, quarterRow, half);
			}
		}
	}

	private static int[][] candidates(Chains[] sets, int[][] among, Envelope square) {
		int[][] candidates = new int[sets.length][];
		for (int set = 0; set < sets.length; set++) {
			candidates[set] = candidates(sets[set], among[set], square);
		}
		return candidates;
	}

	/**
	 * @param among chains that include every candidate of the square
	 * @param square the (widened) square
	 * @return the square's candidate chains, nearest to its centre first
	 */
	private static int[] candidates(Chains chains, int[] among, Envelope square) {
		double centreX = square.centre().x;
		double centreY = square.centre().y;
		double reach = Math.sqrt(chains.nearestSquared(centreX, centreY, among, 0, among.length))
				+ Math.sqrt(square.getWidth() * square.getWidth() + square.getHeight() * square.getHeight()) / 2
				+ Grid.TOLERANCE;
		double reachSquared = reach * reach;
		long[] found = new long[among.length];
		int count = 0;
		for (int chain : among) {
			if (chains.envelopeDistanceSquared(chain, square) <= reachSquared) {
				// non-negative floats sort like their bits: distance in the high half, chain in the low half
				float centreDistance = (float) chains.envelopeDistanceSquared(chain, centreX, centreY);
				found[count++] = ((long) Float.floatToIntBits(centreDistance) << 32) | chain;
			}
		}
		Arrays.sort(found, 0, count);
		int[] result = new int[count];
		for (int i = 0; i < count; i++) {
			result[i] = (int) found[i];
		}
		return result;
	}

	static double segmentDistanceSquared(double px, double py, double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared > 0 ? ((px - ax) * dx + (py - ay) * dy) / lengthSquared : 0;
		double ex;
		double ey;
		if (t <= 0) {
			ex = px - ax;
			ey = py - ay;
		}
		else if (t >= 1) {
			ex = px - bx;
			ey = py - by;
		}
		else {
			ex = px - (ax + t * dx);
			ey = py - (ay + t * dy);
		}
		return ex * ex + ey * ey;
	}

	/**
	 * The distinct segments, cut into short runs of consecutive segments, each with its envelope.
	 */
	private static final class Chains {

		private static final int MAX_SEGMENTS = 16;

		private static final double MAX_EXTENT = 40;

		/** Per chain, its first vertex; its last is the one before the next chain's first. */
		private int[] starts = new int[0];

		/** Four values per chain: min x, min y, max x, max y. */
		private double[] envelopes = new double[0];

		/** Vertices, x and y interleaved so that a segment sits in one or two cache lines. */
		private double[] xy = new double[2048];

		private int vertices;

		private final List<Integer> openStarts = new ArrayList<>();

		private final List<double[]> openEnvelopes = new ArrayList<>();

		private int openSegments = -1;

		private double minX;

		private double minY;

		private double maxX;

		private double maxY;

		static Chains of(List<Coordinate[]> lines) {
			var chains = new Chains();
			Set<SegmentKey> seen = new HashSet<>();
			for (Coordinate[] line : lines) {
				for (int k = 0; k + 1 < line.length; k++) {
					if (seen.add(SegmentKey.of(line[k], line[k + 1]))) {
						chains.add(line[k], line[k + 1]);
					}
					else {
						chains.close();
					}
				}
				chains.close();
			}
			chains.finish();
			return chains;
		}

		int count() {
			return starts.length - 1;
		}

		double nearestSquared(double x, double y, int[] chainList, int from, int to) {
			double best = Double.POSITIVE_INFINITY;
			for (int k = from; k < to; k++) {
				int chain = chainList[k];
				if (envelopeDistanceSquared(chain, x, y) >= best) {
					continue;
				}
				int last = 2 * starts[chain + 1] - 2;
				for (int v = 2 * starts[chain]; v < last; v += 2) {
					double d = segmentDistanceSquared(x, y, xy[v], xy[v + 1], xy[v + 2], xy[v + 3]);
					if (d < best) {
						best = d;
					}
				}
			}
			return best;
		}

		double envelopeDistanceSquared(int chain, double x, double y) {
			int e = chain * 4;
			// plain comparisons: Math.max on doubles is not always an intrinsic, and this is the hot loop
			double dx = x < envelopes[e] ? envelopes[e] - x : (x > envelopes[e + 2] ? x - envelopes[e + 2] : 0);
			double dy = y < envelopes[e + 1] ? envelopes[e + 1] - y
					: (y > envelopes[e + 3] ? y - envelopes[e + 3] : 0);
			return dx * dx + dy * dy;
		}

		double envelopeDistanceSquared(int chain, Envelope square) {
			int e = chain * 4;
			double dx = gap(envelopes[e], envelopes[e + 2], square.getMinX(), square.getMaxX());
			double dy = gap(envelopes[e + 1], envelopes[e + 3], square.getMinY(), square.getMaxY());
			return dx * dx + dy * dy;
		}

		private static double gap(double min, double max, double otherMin, double otherMax) {
			if (otherMax < min) {
				return min - otherMax;
			}
			return otherMin > max ? otherMin - max : 0;
		}

		private void add(Coordinate a, Coordinate b) {
			boolean full = openSegments == MAX_SEGMENTS || Math.max(maxX, b.x) - Math.min(minX, b.x) > MAX_EXTENT
					|| Math.max(maxY, b.y) - Math.min(minY, b.y) > MAX_EXTENT;
			if (openSegments > 0 && full) {
				close();
			}
			if (openSegments < 0) {
				openStarts.add(vertices);
				push(a);
				openSegments = 0;
				minX = a.x;
				maxX = a.x;
				minY = a.y;
				maxY = a.y;
			}
			push(b);
			openSegments++;
			minX = Math.min(minX, b.x);
			maxX = Math.max(maxX, b.x);
			minY = Math.min(minY, b.y);
			maxY = Math.max(maxY, b.y);
		}

		private void close() {
			if (openSegments > 0) {
				openEnvelopes.add(new double[] { minX, minY, maxX, maxY });
			}
			openSegments = -1;
		}

		private void push(Coordinate c) {
			if (2 * vertices == xy.length) {
				xy = Arrays.copyOf(xy, xy.length * 2);
			}
			xy[2 * vertices] = c.x;
			xy[2 * vertices + 1] = c.y;
			vertices++;
		}

		private void finish() {
			starts = new int[openStarts.size() + 1];
			for (int i = 0; i < openStarts.size(); i++) {
				starts[i] = openStarts.get(i);
			}
			starts[openStarts.size()] = vertices;
			envelopes = new double[openEnvelopes.size() * 4];
			for (int i = 0; i < openEnvelopes.size(); i++) {
				System.arraycopy(openEnvelopes.get(i), 0, envelopes, i * 4, 4);
			}
			xy = Arrays.copyOf(xy, 2 * vertices);
		}

	}

	/**
	 * A segment whichever way it runs.
	 */
	private record SegmentKey(double x1, double y1, double x2, double y2) {

		static SegmentKey of(Coordinate a, Coordinate b) {
			boolean ordered = a.x < b.x || (a.x == b.x && a.y <= b.y);
			return ordered ? new SegmentKey(a.x, a.y, b.x, b.y) : new SegmentKey(b.x, b.y, a.x, a.y);
		}

	}

}
