package ca.pignon.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * One line of the staff list of applications.
 */
public record ApplicationRow(ApplicationId id, String name, ApplicationStatus status,
		@Nullable Eligibility eligibility, @Nullable String municipality, @Nullable String arrondissement,
		@Nullable String naicsCode, @Nullable Instant submittedAt) {
}
