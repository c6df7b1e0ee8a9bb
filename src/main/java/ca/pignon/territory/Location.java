package ca.pignon.territory;

import org.jspecify.annotations.Nullable;

/**
 * Where a point is, as judged from the boundary files loaded at start-up.
 *
 * @param municipality the municipality polygon holding the point, null when it is in none
 * @param inProgramTerritory whether that municipality is one of the program's
 * @param arrondissement the arrondissement, from its own layer; null outside the municipalities that layer covers
 * @param quartier the quartier, from its own layer; null outside the municipalities that layer covers
 * @param precision how exact the matched municipality polygon is, null when the point is in none
 * @param boundaryDistanceMeters distance to the nearest edge of any municipality polygon
 * @param programEdgeDistanceMeters distance to the edge of the program territory (the union of its municipalities),
 * whether the point is inside or outside it
 * @param boundariesVersion a short hash of the boundary files and the program-territory setting the point was judged
 * with
 */
public record Location(@Nullable Area municipality, boolean inProgramTerritory, @Nullable Area arrondissement,
		@Nullable Area quartier, @Nullable Precision precision, double boundaryDistanceMeters,
		double programEdgeDistanceMeters, String boundariesVersion) {
}
