package ca.pignon.territory.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import ca.pignon.territory.TerritoryMap;

/**
 * Turns the loaded boundaries into SVG paths. Simplified to a few tens of metres: the map only helps to click near
 * the right place; the point is then judged against the exact boundaries.
 */
public final class TerritoryMapDrawer {

	static final double TOLERANCE_METRES = 25;

	private TerritoryMapDrawer() {
	}

	public static TerritoryMap draw(TerritoryBoundaries boundaries) {
		List<TerritoryMap.Shape> shapes = new ArrayList<>();
		Envelope extent = new Envelope();
		for (BoundaryFeature feature : boundaries.municipalities().features()) {
			String kind = boundaries.programMunicipalities().contains(feature.area().code()) ? "program" : "outside";
			shapes.add(new TerritoryMap.Shape(feature.area().name(), kind, path(feature.geometry())));
			extent.expandToInclude(feature.geometry().getEnvelopeInternal());
		}
		for (BoundaryFeature feature : boundaries.arrondissements().features()) {
			shapes.add(new TerritoryMap.Shape(feature.area().name(), "arrondissement", path(feature.geometry())));
		}
		return framed(boundaries, shapes, extent);
	}

	/**
	 * A map of one layer's areas over the program municipalities, framed on the program territory: for maps shaded by
	 * area (the reports).
	 *
	 * @param layer {@code arrondissement} or {@code quartier}
	 */
	public static TerritoryMap drawLayer(TerritoryBoundaries boundaries, String layer) {
		BoundaryLayer features = "quartier".equals(layer) ? boundaries.quartiers() : boundaries.arrondissements();
		return drawAreas(boundaries, features.features().stream()
			.map(feature -> new TerritoryMap.Shape(feature.area().name(), layer, path(feature.geometry())))
			.toList());
	}

	/**
	 * @param areas shapes already drawn ({@link #shape}), over the program municipalities
	 */
	public static TerritoryMap drawAreas(TerritoryBoundaries boundaries, List<TerritoryMap.Shape> areas) {
		List<TerritoryMap.Shape> shapes = new ArrayList<>();
		Envelope extent = new Envelope(boundaries.programTerritory().getEnvelopeInternal());
		for (BoundaryFeature feature : boundaries.municipalities().features()) {
			if (boundaries.programMunicipalities().contains(feature.area().code())) {
				shapes.add(new TerritoryMap.Shape(feature.area().name(), "program", path(feature.geometry())));
			}
		}
		shapes.addAll(areas);
		return framed(boundaries, shapes, extent);
	}

	/** One shape of the given kind, simplified like every other. */
	public static TerritoryMap.Shape shape(String name, String kind, Geometry projected) {
		return new TerritoryMap.Shape(name, kind, path(projected));
	}

	private static TerritoryMap framed(TerritoryBoundaries boundaries, List<TerritoryMap.Shape> shapes,
			Envelope extent) {
		LocalProjection projection = boundaries.projection();
		double originLongitude = projection.longitude(0);
		double originLatitude = projection.latitude(0);
		double margin = Math.max(extent.getWidth(), extent.getHeight()) * 0.02;
		String viewBox = String.format(java.util.Locale.ROOT, "%d %d %d %d", Math.round(extent.getMinX() - margin),
				Math.round(-extent.getMaxY() - margin), Math.round(extent.getWidth() + 2 * margin),
				Math.round(extent.getHeight() + 2 * margin));
		return new TerritoryMap(viewBox, List.copyOf(shapes), originLongitude, originLatitude,
				projection.x(originLongitude + 1), projection.y(originLatitude + 1));
	}

	private static String path(Geometry geometry) {
		Geometry simple = TopologyPreservingSimplifier.simplify(geometry, TOLERANCE_METRES);
		StringBuilder path = new StringBuilder();
		for (int i = 0; i < simple.getNumGeometries(); i++) {
			if (simple.getGeometryN(i) instanceof Polygon polygon) {
				ring(polygon.getExteriorRing(), path);
				for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
					ring(polygon.getInteriorRingN(hole), path);
				}
			}
		}
		return path.toString().strip();
	}

	private static void ring(LinearRing ring, StringBuilder path) {
		Coordinate[] coordinates = ring.getCoordinates();
		for (int i = 0; i < coordinates.length - 1; i++) {
			path.append(i == 0 ? 'M' : 'L')
				.append(Math.round(coordinates[i].x))
				.append(' ')
				.append(-Math.round(coordinates[i].y))
				.append(' ');
		}
		path.append("Z ");
	}

}
