package ca.pignon.territory.internal;

import org.locationtech.jts.geom.Geometry;

import ca.pignon.territory.Area;

/**
 * One polygon (or multipolygon) of a boundary layer, in projected metres.
 *
 * @param area its code and name
 * @param approximate whether its precision property says it is approximate
 * @param geometry a Polygon or MultiPolygon in the territory's {@link LocalProjection}
 */
public record BoundaryFeature(Area area, boolean approximate, Geometry geometry) {
}
