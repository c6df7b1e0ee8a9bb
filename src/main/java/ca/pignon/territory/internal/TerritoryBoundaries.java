package ca.pignon.territory.internal;

import java.util.Set;

import org.locationtech.jts.geom.Geometry;

/**
 * The boundary data as loaded, in projected metres: the single source both the fast index and any plain JTS check
 * work from.
 *
 * @param projection how degrees were turned into metres
 * @param municipalities the municipality layer
 * @param arrondissements the arrondissement layer, possibly absent
 * @param quartiers the quartier layer, possibly absent
 * @param programMunicipalities the codes of the municipalities of the program territory
 * @param programTerritory the union of the program municipalities' polygons
 * @param version a short hash of the files and settings above
 */
public record TerritoryBoundaries(LocalProjection projection, BoundaryLayer municipalities,
		BoundaryLayer arrondissements, BoundaryLayer quartiers, Set<String> programMunicipalities,
		Geometry programTerritory, String version) {
}
