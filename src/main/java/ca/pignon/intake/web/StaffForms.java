package ca.pignon.intake.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Eligibility;

final class StaffForms {

	private StaffForms() {
	}

	record Override(@NotNull(message = "{intake.override.eligibility.required}") @Nullable Eligibility eligibility,
			@NotBlank(message = "{intake.override.reason.required}") @Size(max = 2000,
					message = "{intake.override.reason.tooLong}") @Nullable String reason,
			@NotNull @Nullable Long version) {
	}

	record Placement(
			@NotNull(message = "{intake.placement.latitude.invalid}") @DecimalMin(value = "-90",
					message = "{intake.placement.latitude.invalid}") @DecimalMax(value = "90",
							message = "{intake.placement.latitude.invalid}") @Nullable Double latitude,
			@NotNull(message = "{intake.placement.longitude.invalid}") @DecimalMin(value = "-180",
					message = "{intake.placement.longitude.invalid}") @DecimalMax(value = "180",
							message = "{intake.placement.longitude.invalid}") @Nullable Double longitude,
			@NotBlank(message = "{intake.override.reason.required}") @Size(max = 2000,
					message = "{intake.override.reason.tooLong}") @Nullable String placementReason,
			@NotNull @Nullable Long version) {
	}

}
