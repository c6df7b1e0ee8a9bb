package ca.pignon.intake.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import ca.pignon.intake.Eligibility;

/**
 * The staff forms of an application page. They are beans bound through setters, not records bound through their
 * constructor: a value that does not convert ("46,8" for a latitude) must become an error next to its field, while a
 * record would not be built at all and the page could not be shown again.
 */
final class StaffForms {

	private StaffForms() {
	}

	static final class Override {

		@NotNull(message = "{intake.override.eligibility.required}")
		private @Nullable Eligibility eligibility;

		@NotBlank(message = "{intake.override.reason.required}")
		@Size(max = 2000, message = "{intake.override.reason.tooLong}")
		private @Nullable String reason;

		@NotNull
		private @Nullable Long version;

		Override() {
		}

		Override(@Nullable Eligibility eligibility, @Nullable String reason, @Nullable Long version) {
			this.eligibility = eligibility;
			this.reason = reason;
			this.version = version;
		}

		@Nullable Eligibility eligibility() {
			return eligibility;
		}

		@Nullable String reason() {
			return reason;
		}

		@Nullable Long version() {
			return version;
		}

		public @Nullable Eligibility getEligibility() {
			return eligibility;
		}

		public void setEligibility(@Nullable Eligibility eligibility) {
			this.eligibility = eligibility;
		}

		public @Nullable String getReason() {
			return reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

		public @Nullable Long getVersion() {
			return version;
		}

		public void setVersion(@Nullable Long version) {
			this.version = version;
		}

	}

	/** Staff set a merchant's SDC by hand: checked by {@code IntakeManagement#chooseSdc}. */
	static final class SdcChoice {

		private @Nullable String sdcChoice;

		private @Nullable String sdcReason;

		public @Nullable String getSdcChoice() {
			return sdcChoice;
		}

		public void setSdcChoice(@Nullable String sdcChoice) {
			this.sdcChoice = sdcChoice;
		}

		public @Nullable String getSdcReason() {
			return sdcReason;
		}

		public void setSdcReason(@Nullable String sdcReason) {
			this.sdcReason = sdcReason;
		}

	}

	static final class Placement {

		@NotNull(message = "{intake.placement.latitude.invalid}")
		@DecimalMin(value = "-90", message = "{intake.placement.latitude.invalid}")
		@DecimalMax(value = "90", message = "{intake.placement.latitude.invalid}")
		private @Nullable Double latitude;

		@NotNull(message = "{intake.placement.longitude.invalid}")
		@DecimalMin(value = "-180", message = "{intake.placement.longitude.invalid}")
		@DecimalMax(value = "180", message = "{intake.placement.longitude.invalid}")
		private @Nullable Double longitude;

		@NotBlank(message = "{intake.override.reason.required}")
		@Size(max = 2000, message = "{intake.override.reason.tooLong}")
		private @Nullable String placementReason;

		@NotNull
		private @Nullable Long version;

		Placement() {
		}

		Placement(@Nullable Double latitude, @Nullable Double longitude, @Nullable String placementReason,
				@Nullable Long version) {
			this.latitude = latitude;
			this.longitude = longitude;
			this.placementReason = placementReason;
			this.version = version;
		}

		@Nullable Double latitude() {
			return latitude;
		}

		@Nullable Double longitude() {
			return longitude;
		}

		@Nullable String placementReason() {
			return placementReason;
		}

		@Nullable Long version() {
			return version;
		}

		public @Nullable Double getLatitude() {
			return latitude;
		}

		public void setLatitude(@Nullable Double latitude) {
			this.latitude = latitude;
		}

		public @Nullable Double getLongitude() {
			return longitude;
		}

		public void setLongitude(@Nullable Double longitude) {
			this.longitude = longitude;
		}

		public @Nullable String getPlacementReason() {
			return placementReason;
		}

		public void setPlacementReason(@Nullable String placementReason) {
			this.placementReason = placementReason;
		}

		public @Nullable Long getVersion() {
			return version;
		}

		public void setVersion(@Nullable Long version) {
			this.version = version;
		}

	}

}
