package ca.pignon.content.web;

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

import ca.pignon.content.OccasionManagement;

/** Public, read-only: the occasions of a year that matter to a storefront in Québec. */
@RestController
@RequestMapping("/api/v1/content")
@Tag(name = "Content", description = "Occasions that matter to a storefront in Québec")
class OccasionsApiController {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private final OccasionManagement occasions;

	OccasionsApiController(OccasionManagement occasions) {
		this.occasions = occasions;
	}

	@GetMapping("/occasions")
	@Operation(summary = "The occasions of a year",
			description = "Public holidays and commercial dates computed by rule (their ids are the same every "
					+ "year), local events of the shipped Québec calendar (with confirmed false and no date while "
					+ "staff have not confirmed them for the year) and occasions staff added; by date, the "
					+ "unconfirmed ones last.")
	@ApiResponse(responseCode = "200", description = "The occasions of the year",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = OccasionResponse.class))))
	@ApiResponse(responseCode = "400", description = "The year is missing, not a number or outside 2000–2100",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	List<OccasionResponse> occasions(@Parameter(description = "The year, 2000 to 2100", example = "2027",
			schema = @Schema(type = "integer", minimum = "2000", maximum = "2100")) @RequestParam String year) {
		return occasions.occasionsOf(year(year)).stream().map(OccasionResponse::of).toList();
	}

	/** Reads the year here rather than through Spring's conversion, so that the message quotes what was sent. */
	static int year(String text) {
		String typed = text.strip();
		if (typed.isEmpty()) {
			throw new InvalidYear("content.api.year.missing");
		}
		if (!typed.matches("[+-]?\\d{1,9}")) {
			throw new InvalidYear("content.api.year.notANumber", typed);
		}
		int year = Integer.parseInt(typed);
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidYear("content.api.year.outOfRange", String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR), typed);
		}
		return year;
	}

}
