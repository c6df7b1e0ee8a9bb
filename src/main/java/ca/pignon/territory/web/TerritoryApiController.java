package ca.pignon.territory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.shared.GeoPoint;
import ca.pignon.territory.GeocodeCandidate;
import ca.pignon.territory.TerritoryManagement;

/**
 * Public, read-only territory API: where a point is, where an address is.
 */
@RestController
@RequestMapping("/api/v1/territory")
@Tag(name = "Territory", description = "Municipalities, arrondissements and quartiers of the program territory; "
		+ "geocoding of addresses")
class TerritoryApiController {

	private static final int MAX_QUERY_LENGTH = 200;

	private static final double MAX_LATITUDE = 90;

	private static final double MAX_LONGITUDE = 180;

	private final TerritoryManagement territory;

	TerritoryApiController(TerritoryManagement territory) {
		this.territory = territory;
	}

	@GetMapping("/locate")
	@Operation(summary = "Where a point is",
			description = "Municipality, arrondissement and quartier holding a WGS84 point, whether it is in the "
					+ "program territory, and its distances to the nearest municipal boundary and to the edge of the "
					+ "program territory.")
	@ApiResponse(responseCode = "200", description = "The point's location")
	@ApiResponse(responseCode = "400", description = "A coordinate is missing, not a number or out of range",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	LocationResponse locate(
			@Parameter(description = "Latitude in decimal degrees (WGS84), -90 to 90", example = "46.8119",
					schema = @Schema(type = "number", format = "double", minimum = "-90",
							maximum = "90")) @RequestParam String latitude,
			@Parameter(description = "Longitude in decimal degrees (WGS84), -180 to 180", example = "-71.2052",
					schema = @Schema(type = "number", format = "double", minimum = "-180",
							maximum = "180")) @RequestParam String longitude) {
		double checkedLatitude = coordinate("latitude", latitude, MAX_LATITUDE);
		double checkedLongitude = coordinate("longitude", longitude, MAX_LONGITUDE);
		return LocationResponse.of(territory.locate(new GeoPoint(checkedLatitude, checkedLongitude)));
	}

	@GetMapping("/geocode")
	@Operation(summary = "Where an address is",
			description = "Candidate points for a one-line address, best first: the address index (exact, then "
					+ "street-level), an external geocoder when one is configured, the postal code's area as a last "
					+ "resort.")
	@ApiResponse(responseCode = "200", description = "The candidates, best first; empty when nothing matched",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = GeocodeCandidate.class))))
	@ApiResponse(responseCode = "400", description = "The address is missing, blank or too long",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<GeocodeCandidate> geocode(@Parameter(description = "The address on one line, at most 200 characters",
			example = "2280 avenue Monseigneur-Gosselin, Québec") @RequestParam String q) {
		if (q.isBlank()) {
			throw new InvalidParameter("q", "territory.api.parameter.blank");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new InvalidParameter("q", "territory.api.parameter.tooLong", String.valueOf(MAX_QUERY_LENGTH),
					String.valueOf(q.length()));
		}
		return territory.geocode(q);
	}

	/**
	 * Reads the coordinate here rather than through Spring's conversion, so that the messages quote what was sent.
	 */
	private static double coordinate(String name, String text, double limit) {
		if (text.isBlank()) {
			throw new InvalidParameter(name, "territory.api.parameter.missing");
		}
		double value;
		try {
			value = Double.parseDouble(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameter(name, "territory.api.parameter.notANumber", text);
		}
		if (!(value >= -limit && value <= limit)) {
			throw new InvalidParameter(name, "territory.api.parameter.outOfRange", String.valueOf((int) -limit),
					String.valueOf((int) limit), text.strip());
		}
		return value;
	}

}
