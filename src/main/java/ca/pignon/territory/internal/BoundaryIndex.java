package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.Area;
import ca.pignon.territory.Location;
import ca.pignon.territory.Precision;

/**
 * Answers {@link Location}s fast: one grid lookup per layer and two bounded nearest-segment searches, with exactly
 * the answers of plain JTS predicates on the same polygons (see {@link AreaGrid} and {@link SegmentDistanceGrid}).
 */
public final class BoundaryIndex {

	/**
	 * Fine enough that few points fall in a cell an edge crosses and that a cell has few candidate edges; coarse
	 * enough to build in a fraction of a second and to keep the index to a few megabytes.
	 */
	private static final double CELL_METRES = 150;

	/** Points farther than this outside the data still get fast answers, slower ones beyond (never wrong ones). */
	private static final double MARGIN_RATIO = 0.2;

	private static final int MUNICIPALITIES = 0;

	private static final int ARRONDISSEMENTS = 1;

	private static final int QUARTIERS = 2;

	private static final int MUNICIPAL_BOUNDARIES = 0;

	private static final int PROGRAM_EDGE = 1;

	private final TerritoryBoundaries boundaries;

	private final Grid grid;

	private final AreaGrid areas;

	private final SegmentDistanceGrid distances;

	/** Per layer, per polygon: its area. */
	private final Area[][] layerAreas;

	private final Precision[] precisions;

	private final boolean[] inProgram;

	private final boolean[] arrondissementsApply;

	private final boolean[] quartiersApply;

	private BoundaryIndex(TerritoryBoundaries boundaries) {
		this.boundaries = boundaries;
		List<BoundaryLayer> layers = List.of(boundaries.municipalities(), boundaries.arrondissements(),
				boundaries.quartiers());
		this.grid = new Grid(extent(layers), CELL_METRES);
		this.areas = AreaGrid.of(layers.stream().map(BoundaryIndex::polygons).toList(), grid);
		this.distances = SegmentDistanceGrid.of(
				List.of(rings(polygons(boundaries.municipalities())), rings(List.of(boundaries.programTerritory()))),
				grid);
		this.layerAreas = layers.stream()
			.map(layer -> layer.features().stream().map(BoundaryFeature::area).toArray(Area[]::new))
			.toArray(Area[][]::new);
		List<BoundaryFeature> municipalities = boundaries.municipalities().features();
		this.precisions = municipalities.stream()
			.map(feature -> feature.approximate() ? Precision.APPROXIMATE : Precision.EXACT)
			.toArray(Precision[]::new);
		this.inProgram = new boolean[municipalities.size()];
		this.arrondissementsApply = new boolean[municipalities.size()];
		this.quartiersApply = new boolean[municipalities.size()];
		for (int i = 0; i < municipalities.size(); i++) {
			Area area = municipalities.get(i).area();
			inProgram[i] = boundaries.programMunicipalities().contains(area.code());
			arrondissementsApply[i] = boundaries.arrondissements().describes(area);
			quartiersApply[i] = boundaries.quartiers().describes(area);
		}
	}

	public static BoundaryIndex of(TerritoryBoundaries boundaries) {
		return new BoundaryIndex(boundaries);
	}

	public TerritoryBoundaries boundaries() {
		return boundaries;
	}

	public Location locate(GeoPoint point) {
		LocalProjection projection = boundaries.projection();
		double x = projection.x(point.longitude());
		double y = projection.y(point.latitude());
		int cell = grid.cellAt(x, y);
		int municipality = areas.locate(MUNICIPALITIES, cell, x, y);
		boolean found = municipality != AreaGrid.NONE;
		return new Location(found ? layerAreas[MUNICIPALITIES][municipality] : null, found && inProgram[municipality],
				subArea(ARRONDISSEMENTS, municipality, cell, x, y), subArea(QUARTIERS, municipality, cell, x, y),
				found ? precisions[municipality] : null, distances.distance(MUNICIPAL_BOUNDARIES, cell, x, y),
				distances.distance(PROGRAM_EDGE, cell, x, y), boundaries.version());
	}

	/**
	 * The areas of {@link #locate} without the distances, for tagging many points at once.
	 */
	public Areas areasAt(GeoPoint point) {
		LocalProjection projection = boundaries.projection();
		double x = projection.x(point.longitude());
		double y = projection.y(point.latitude());
		int cell = grid.cellAt(x, y);
		int municipality = areas.locate(MUNICIPALITIES, cell, x, y);
		return new Areas(municipality == AreaGrid.NONE ? null : layerAreas[MUNICIPALITIES][municipality],
				subArea(ARRONDISSEMENTS, municipality, cell, x, y), subArea(QUARTIERS, municipality, cell, x, y));
	}

	String statistics() {
		return "%d boundary and %d program-edge chains; %d cells of %.0f m, %.1f candidate chains per cell".formatted(
				distances.chainCount(MUNICIPAL_BOUNDARIES), distances.chainCount(PROGRAM_EDGE), grid.cells(),
				CELL_METRES, distances.meanCandidatesPerCell());
	}

	/**
	 * @return the arrondissement or quartier, when its layer describes the municipality found
	 */
	private @Nullable Area subArea(int layer, int municipality, int cell, double x, double y) {
		boolean applies = municipality == AreaGrid.NONE ? layerOf(layer).describes(null)
				: (layer == ARRONDISSEMENTS ? arrondissementsApply : quartiersApply)[municipality];
		if (!applies) {
			return null;
		}
		int polygon = areas.locate(layer, cell, x, y);
		return polygon == AreaGrid.NONE ? null : layerAreas[layer][polygon];
	}

	private BoundaryLayer layerOf(int layer) {
		return layer == ARRONDISSEMENTS ? boundaries.arrondissements() : boundaries.quartiers();
	}

	private static List<Geometry> polygons(BoundaryLayer layer) {
		return layer.features().stream().map(BoundaryFeature::geometry).toList();
	}

	private static Envelope extent(List<BoundaryLayer> layers) {
		var extent = new Envelope();
		layers.forEach(layer -> layer.features()
			.forEach(feature -> extent.expandToInclude(feature.geometry().getEnvelopeInternal())));
		extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * MARGIN_RATIO);
		return extent;
	}

	static List<Coordinate[]> rings(List<Geometry> polygonals) {
		var rings = new ArrayList<Coordinate[]>();
		for (Geometry polygonal : polygonals) {
			for (int i = 0; i < polygonal.getNumGeometries(); i++) {
				var polygon = (Polygon) polygonal.getGeometryN(i);
				rings.add(polygon.getExteriorRing().getCoordinates());
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					rings.add(polygon.getInteriorRingN(h).getCoordinates());
				}
			}
		}
		return rings;
	}

	/**
	 * The areas holding a point.
	 *
	 * @param municipality null when in none
	 * @param arrondissement null when in none, or outside the municipalities its layer describes
	 * @param quartier null when in none, or outside the municipalities its layer describes
	 */
	public record Areas(@Nullable Area municipality, @Nullable Area arrondissement, @Nullable Area quartier) {
	}

}
