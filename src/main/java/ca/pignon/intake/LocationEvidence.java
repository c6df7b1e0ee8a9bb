package ca.pignon.intake;

import org.jspecify.annotations.Nullable;

/**
 * Where the storefront was placed, how, and what the territory says of that point: kept with the application so
 * that every decision can be explained later, even after the boundaries change.
 */
public record LocationEvidence(double latitude, double longitude, String geocodeMethod, @Nullable Double geocodeScore,
		@Nullable String geocodeLabel, boolean locationApproximate, @Nullable String municipalityCode,
		@Nullable String municipalityName, boolean inProgramTerritory, @Nullable String arrondissementCode,
		@Nullable String arrondissementName, @Nullable String quartierCode, @Nullable String quartierName,
		@Nullable String polygonPrecision, @Nullable Double boundaryDistanceM, @Nullable Double programEdgeDistanceM) {
}
