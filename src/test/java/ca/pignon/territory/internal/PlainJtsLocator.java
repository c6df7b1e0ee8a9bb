package ca.pignon.territory.internal;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.Area;
import ca.pignon.territory.Location;
import ca.pignon.territory.Precision;

/**
 * The reference: {@code Geometry.contains} on every polygon of the three layers and {@code Geometry.distance} to
 * every boundary, with no index at all. Slow and obviously right.
 */
public final class PlainJtsLocator {

	private final TerritoryBoundaries boundaries;

	private final GeometryFactory geometries = new GeometryFactory();

	private final List<Geometry> municipalBoundaries;

	private final Geometry programEdge;

	public PlainJtsLocator(TerritoryBoundaries boundaries) {
		this.boundaries = boundaries;
		this.municipalBoundaries = boundaries.municipalities()
			.features()
			.stream()
			.map(feature -> feature.geometry().getBoundary())
			.toList();
		this.programEdge = boundaries.programTerritory().getBoundary();
	}

	public Location locate(GeoPoint point) {
		LocalProjection projection = boundaries.projection();
		Point projected = geometries
			.createPoint(new Coordinate(projection.x(point.longitude()), projection.y(point.latitude())));
		BoundaryFeature municipality = firstContaining(boundaries.municipalities(), projected);
		Area municipalityArea = municipality == null ? null : municipality.area();
		BoundaryFeature arrondissement = firstContaining(boundaries.arrondissements(), projected);
		BoundaryFeature quartier = firstContaining(boundaries.quartiers(), projected);
		double boundaryDistance = Double.POSITIVE_INFINITY;
		for (Geometry boundary : municipalBoundaries) {
			boundaryDistance = Math.min(boundaryDistance, boundary.distance(projected));
		}
		return new Location(municipalityArea,
				municipality != null && boundaries.programMunicipalities().contains(municipality.area().code()),
				arrondissement != null && boundaries.arrondissements().describes(municipalityArea)
						? arrondissement.area() : null,
				quartier != null && boundaries.quartiers().describes(municipalityArea) ? quartier.area() : null,
				municipality == null ? null : municipality.approximate() ? Precision.APPROXIMATE : Precision.EXACT,
				boundaryDistance, programEdge.distance(projected), boundaries.version());
	}

	/**
	 * Asks every polygon, even after a match, as the most naive loop would.
	 */
	private static BoundaryFeature firstContaining(BoundaryLayer layer, Point point) {
		BoundaryFeature first = null;
		for (BoundaryFeature feature : layer.features()) {
			if (feature.geometry().contains(point) && first == null) {
				first = feature;
			}
		}
		return first;
	}

}
