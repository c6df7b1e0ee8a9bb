package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * Point-in-polygon for several layers at once, answering most points without touching a polygon.
 * <p>
 * For each layer, each cell of the grid is either crossed by no polygon edge, and then it lies wholly inside one
 * polygon or outside them all, which is precomputed; or it is crossed, and then only the few polygons concerned are
 * asked, through JTS prepared-geometry locators. The answer is the same as asking {@code polygon.contains(point)} of
 * every polygon of the layer in order: the first polygon whose interior holds the point (a point on an edge is in
 * none). The layers' answers for a cell sit side by side, so that one memory access serves them all.
 */
final class AreaGrid {

	static final int NONE = -1;

	private static final int UNKNOWN = Integer.MIN_VALUE;

	private static final int[] NO_POLYGON = new int[0];

	private final int layers;

	private final Envelope[][] envelopes;

	private final IndexedPointInAreaLocator[][] locators;

	/**
	 * At {@code cell * layers + layer}: a polygon index, {@link #NONE}, or {@code -2 - k} for the k-th list of
	 * candidates.
	 */
	private final int[] states;

	private final int[][] candidates;

	private AreaGrid(Envelope[][] envelopes, IndexedPointInAreaLocator[][] locators, int[] states,
			int[][] candidates) {
		this.layers = envelopes.length;
		this.envelopes = envelopes;
		this.locators = locators;
		this.states = states;
		this.candidates = candidates;
	}

	static AreaGrid of(List<List<Geometry>> layers, Grid grid) {
		int layerCount = layers.size();
		var envelopes = new Envelope[layerCount][];
		var locators = new IndexedPointInAreaLocator[layerCount][];
		for (int layer = 0; layer < layerCount; layer++) {
			List<Geometry> polygons = layers.get(layer);
			envelopes[layer] = new Envelope[polygons.size()];
			locators[layer] = new IndexedPointInAreaLocator[polygons.size()];
			for (int i = 0; i < polygons.size(); i++) {
				envelopes[layer][i] = polygons.get(i).getEnvelopeInternal();
				locators[layer][i] = new IndexedPointInAreaLocator(polygons.get(i));
				// the locator builds its index lazily; build it now, not under the first requests
				locators[layer][i].locate(envelopes[layer][i].centre());
			}
		}
		var states = new int[grid.cells() * layerCount];
		var lists = new ArrayList<int[]>();
		var listIndexes = new HashMap<List<Integer>, Integer>();
		var building = new AreaGrid(envelopes, locators, states, new int[0][]);
		for (int layer = 0; layer < layerCount; layer++) {
			building.precompute(layer, crossings(layers.get(layer), grid), grid, lists, listIndexes);
		}
		return new AreaGrid(envelopes, locators, states, lists.toArray(new int[0][]));
	}

	/**
	 * @param cell the point's cell in the grid, -1 outside
	 * @return the index of the first polygon of the layer whose interior holds the point, or {@link #NONE}
	 */
	int locate(int layer, int cell, double x, double y) {
		if (cell < 0) {
			return firstHolding(layer, x, y, NO_POLYGON);
		}
		int state = states[cell * layers + layer];
		if (state >= NONE) {
			return state;
		}
		for (int polygon : candidates[-2 - state]) {
			if (holds(layer, polygon, x, y)) {
				return polygon;
			}
		}
		return NONE;
	}

	private void precompute(int layer, CellLists crossing, Grid grid, List<int[]> lists,
			Map<List<Integer>, Integer> listIndexes) {
		for (int row = 0; row < grid.rows(); row++) {
			// along a row, cells that no edge crosses, with no crossed cell between them, share their answer
			int runOwner = UNKNOWN;
			for (int column = 0; column < grid.columns(); column++) {
				int cell = row * grid.columns() + column;
				int[] crossers = crossing.get(cell);
				if (crossers.length == 0) {
					if (runOwner == UNKNOWN) {
						runOwner = firstHolding(layer, grid.centreX(cell), grid.centreY(cell), NO_POLYGON);
					}
					states[cell * layers + layer] = runOwner;
					continue;
				}
				runOwner = UNKNOWN;
				int holder = firstHolding(layer, grid.centreX(cell), grid.centreY(cell), crossers);
				int[] list = holder == NONE ? crossers : withHolder(crossers, holder);
				int index = listIndexes.computeIfAbsent(Arrays.stream(list).boxed().toList(), key -> {
					lists.add(list);
					return lists.size() - 1;
				});
				states[cell * layers + layer] = -2 - index;
			}
		}
	}

	/**
	 * @return for each cell, the polygons whose edges may touch it
	 */
	private static CellLists crossings(List<Geometry> polygons, Grid grid) {
		var crossing = new CellLists(grid.cells());
		for (int i = 0; i < polygons.size(); i++) {
			int polygon = i;
			for (Coordinate[] vertices : BoundaryIndex.rings(List.of(polygons.get(i)))) {
				for (int k = 0; k + 1 < vertices.length; k++) {
					Coordinate a = vertices[k];
					Coordinate b = vertices[k + 1];
					grid.forEachCellTouching(a.x, a.y, b.x, b.y, cell -> crossing.addOnce(cell, polygon));
				}
			}
		}
		return crossing;
	}

	private int firstHolding(int layer, double x, double y, int[] excluded) {
		for (int polygon = 0; polygon < locators[layer].length; polygon++) {
			if (Arrays.binarySearch(excluded, polygon) < 0 && holds(layer, polygon, x, y)) {
				return polygon;
			}
		}
		return NONE;
	}

	private boolean holds(int layer, int polygon, double x, double y) {
		return envelopes[layer][polygon].contains(x, y)
				&& locators[layer][polygon].locate(new Coordinate(x, y)) == Location.INTERIOR;
	}

	private static int[] withHolder(int[] crossers, int holder) {
		int[] list = Arrays.copyOf(crossers, crossers.length + 1);
		list[crossers.length] = holder;
		Arrays.sort(list);
		return list;
	}

	/**
	 * Growable per-cell lists of ascending polygon indexes.
	 */
	private static final class CellLists {

		private final int[][] lists;

		private final int[] sizes;

		CellLists(int cells) {
			this.lists = new int[cells][];
			this.sizes = new int[cells];
		}

		void addOnce(int cell, int value) {
			int size = sizes[cell];
			int[] list = lists[cell];
			if (size > 0 && list[size - 1] == value) {
				return;
			}
			if (list == null) {
				list = new int[2];
			}
			else if (size == list.length) {
				list = Arrays.copyOf(list, size * 2);
			}
			list[size] = value;
			lists[cell] = list;
			sizes[cell] = size + 1;
		}

		int[] get(int cell) {
			return sizes[cell] == 0 ? NO_POLYGON : Arrays.copyOf(lists[cell], sizes[cell]);
		}

	}

}
