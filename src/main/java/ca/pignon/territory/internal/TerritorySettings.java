package ca.pignon.territory.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything that ties the territory module to one city, from {@code pignon.territory.*} (defaults in
 * application.properties, reference in docs/territory.md). Another city, or an official boundary file from the City,
 * is a change here, not in the code.
 *
 * @param programMunicipalities codes of the municipalities that make up the program territory
 * @param municipalities the municipality layer (mandatory)
 * @param arrondissements the arrondissement layer, absent when its location is blank
 * @param quartiers the quartier layer, absent when its location is blank
 * @param addresses the address file of the address index
 * @param postalCodes the file of postal-code area centroids
 * @param geocoding how many candidates a geocoding answers at most
 * @param externalGeocoder the optional Nominatim-compatible geocoder
 */
@ConfigurationProperties("pignon.territory")
public record TerritorySettings(List<String> programMunicipalities, Layer municipalities,
		@Nullable Layer arrondissements, @Nullable Layer quartiers, Addresses addresses, PostalCodes postalCodes,
		Geocoding geocoding,
		ExternalGeocoder externalGeocoder) {

	/**
	 * A GeoJSON FeatureCollection of polygons.
	 *
	 * @param location a Spring resource location ({@code classpath:} or {@code file:}); blank disables the layer
	 * @param codeProperty the feature property holding the area's code
	 * @param nameProperty the feature property holding the area's name
	 * @param precisionProperty the feature property holding the polygon's precision (municipalities only)
	 * @param approximatePrecisions the values of that property that mean «approximate»
	 * @param withinMunicipalities the municipality codes this layer describes: outside them the layer answers nothing,
	 * whatever its polygons say (empty: everywhere)
	 */
	public record Layer(@Nullable String location, String codeProperty, String nameProperty,
			@Nullable String precisionProperty, @Nullable List<String> approximatePrecisions,
			@Nullable List<String> withinMunicipalities) {

		public boolean enabled() {
			return location != null && !location.isBlank();
		}

		public List<String> approximateValues() {
			return approximatePrecisions == null ? List.of() : approximatePrecisions;
		}

		public List<String> restrictedTo() {
			return withinMunicipalities == null ? List.of() : withinMunicipalities;
		}

	}

	/**
	 * A CSV file of civic addresses with WGS84 coordinates.
	 *
	 * @param location a Spring resource location
	 * @param delimiter the one-character column delimiter
	 * @param charset the file's encoding
	 * @param civicNumberColumn the header of the civic number column
	 * @param civicSuffixColumn the header of the column holding a letter after the number («12A»), blank if none
	 * @param streetColumns the headers of the columns that, joined by spaces, spell the street (type, name,
	 * direction...)
	 * @param latitudeColumn the header of the latitude column, in decimal degrees
	 * @param longitudeColumn the header of the longitude column, in decimal degrees
	 */
	public record Addresses(String location, String delimiter, String charset, String civicNumberColumn,
			@Nullable String civicSuffixColumn, List<String> streetColumns, String latitudeColumn,
			String longitudeColumn) {
	}

	/**
	 * A GeoNames postal-code file (tab-separated: FSA in column 2, place in column 3, latitude and longitude in
	 * columns 10 and 11).
	 *
	 * @param location a Spring resource location
	 */
	public record PostalCodes(String location) {
	}

	/**
	 * @param maxCandidates the most candidates one geocoding answers
	 */
	public record Geocoding(int maxCandidates) {
	}

	/**
	 * A Nominatim-compatible HTTP geocoder, asked only when the address index has no exact answer.
	 *
	 * @param enabled whether to ask it at all
	 * @param baseUrl the server, {@code /search} is appended
	 * @param userAgent the User-Agent header (Nominatim's policy requires one that identifies the application)
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for the whole answer
	 */
	public record ExternalGeocoder(boolean enabled, URI baseUrl, String userAgent, Duration connectTimeout,
			Duration readTimeout) {
	}

}
