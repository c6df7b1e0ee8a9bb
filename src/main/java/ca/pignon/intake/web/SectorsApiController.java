package ca.pignon.intake.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.pignon.intake.IntakeManagement;
import ca.pignon.platform.InvalidApiParameter;

/**
 * Public search of NAICS sectors, as the registration's business step does it, for the site's own scripts and for
 * partners' forms.
 */
@RestController
@Tag(name = "Sectors", description = "NAICS Canada 2022 sectors, found by the words people use for their trade")
class SectorsApiController {

	private final IntakeManagement intake;

	SectorsApiController(IntakeManagement intake) {
		this.intake = intake;
	}

	/** One sector found: its NAICS code and its title in the language asked for. */
	record SectorFound(@Schema(example = "445298") String code,
			@Schema(example = "Tous les autres détaillants d'aliments spécialisés") String title) {
	}

	@GetMapping("/api/v1/sectors")
	@Operation(summary = "Sectors for a trade",
			description = "NAICS Canada 2022 classes for what a merchant calls their trade (\"fromagerie\", \"bar\", "
					+ "\"coffee shop\"), a title or a code, in French or English, case, accents, plurals and one typo "
					+ "aside; best match first, one row per class, at most " + IntakeManagement.SECTOR_RESULTS + ".")
	@ApiResponse(responseCode = "200", description = "The sectors, best first; empty when nothing matched",
			content = @Content(mediaType = "application/json",
					array = @ArraySchema(schema = @Schema(implementation = SectorFound.class))))
	List<SectorFound> search(
			@Parameter(description = "What the merchant typed, at most " + IntakeManagement.SECTOR_QUERY_MAX_LENGTH
					+ " characters", example = "fromagerie") @RequestParam String q,
			@Parameter(description = "The language of the titles: fr or en (default: the request's language)",
					schema = @Schema(allowableValues = { "fr", "en" })) @RequestParam(required = false) @Nullable String lang,
			Locale locale) {
		if (q.isBlank()) {
			throw new InvalidApiParameter("q", "intake.api.sectors.blank");
		}
		if (q.length() > IntakeManagement.SECTOR_QUERY_MAX_LENGTH) {
			throw new InvalidApiParameter("q", "platform.api.parameter.tooLong",
					String.valueOf(IntakeManagement.SECTOR_QUERY_MAX_LENGTH), String.valueOf(q.length()));
		}
		Locale titles = locale;
		if (lang != null) {
			titles = switch (lang) {
				case "fr" -> Locale.CANADA_FRENCH;
				case "en" -> Locale.CANADA;
				default -> throw new InvalidApiParameter("lang", "intake.api.sectors.lang");
			};
		}
		return intake.searchSectors(q, titles)
			.stream()
			.map(sector -> new SectorFound(sector.code(), sector.title()))
			.toList();
	}

}
