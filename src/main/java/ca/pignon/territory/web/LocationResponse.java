package ca.pignon.territory.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import ca.pignon.territory.Area;
import ca.pignon.territory.Location;
import ca.pignon.territory.Precision;

/**
 * A {@link Location} as the API shows it: distances to the decimetre, absent areas as explicit nulls.
 */
@Schema(name = "Location")
record LocationResponse(
		@Schema(description = "Whether the point is in one of the program's municipalities") boolean inProgramTerritory,
		@Schema(description = "The municipality holding the point; null when it is in none") @Nullable Area municipality,
		@Schema(description = "The arrondissement, from its own layer; null outside Ville de Québec") @Nullable Area arrondissement,
		@Schema(description = "The quartier, from its own layer; null outside Ville de Québec") @Nullable Area quartier,
		@Schema(description = "How exact the municipality polygon is; null when the point is in none") @Nullable Precision precision,
		@Schema(description = "Distance in metres to the nearest municipal boundary",
				example = "412.5") double boundaryDistanceMeters,
		@Schema(description = "Distance in metres to the edge of the program territory, inside or outside it",
				example = "796.6") double programEdgeDistanceMeters,
		@Schema(description = "Version of the boundary data and program-territory setting the point was judged with",
				example = "98cd22f74ee0") String boundariesVersion) {

	static LocationResponse of(Location location) {
		return new LocationResponse(location.inProgramTerritory(), location.municipality(), location.arrondissement(),
				location.quartier(), location.precision(), decimetres(location.boundaryDistanceMeters()),
				decimetres(location.programEdgeDistanceMeters()), location.boundariesVersion());
	}

	private static double decimetres(double metres) {
		return Math.round(metres * 10) / 10.0;
	}

}
