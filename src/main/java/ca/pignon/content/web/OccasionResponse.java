package ca.pignon.content.web;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

import ca.pignon.content.Occasion;

/** One occasion as the API writes it. */
@Schema(name = "Occasion")
record OccasionResponse(
		@Schema(description = "Stable id: a computed occasion's rule (easter), a shipped local event's id "
				+ "(carnaval_de_quebec) or the UUID of an occasion staff added", example = "thanksgiving") String id,
		@Schema(example = "Action de grâce") String nameFr, @Schema(example = "Thanksgiving") String nameEn,
		@Schema(description = "First day (ISO 8601); null for a local event whose dates staff have not confirmed "
				+ "for the year (\"à confirmer\")", format = "date", example = "2027-10-11") @Nullable String date,
		@Schema(description = "Last day (ISO 8601); null for an occasion of one day", format = "date") @Nullable String endDate,
		@Schema(allowableValues = { "holiday", "commercial", "local" }) String kind,
		@Schema(description = "false for a local event still to be confirmed for the year") boolean confirmed) {

	static OccasionResponse of(Occasion occasion) {
		return new OccasionResponse(occasion.id(), occasion.nameFr(), occasion.nameEn(),
				occasion.date() == null ? null : occasion.date().toString(),
				occasion.endDate() == null ? null : occasion.endDate().toString(), occasion.kind().apiName(),
				occasion.confirmed());
	}

}
