package ca.pignon.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.intake.EligibilitySettings.OtherResource;

/**
 * Selection as the merchant sees it on "Où en est mon dossier ?": their own dossier only, never anything about other
 * applicants (no rank, no cut-off, no counts).
 *
 * @param waitlistPosition for a waitlisted merchant, their position today (1 = next offered a place)
 * @param advisorName for a retained merchant, their advisor
 * @param advisorContactDays the advisor writes within this many working days to book the diagnostic meeting
 * @param criteria for a merchant not retained, their own points criterion by criterion
 * @param total for a merchant not retained, their own total out of 100
 * @param otherResources for a merchant not retained, where else to find help
 */
public record MerchantStatus(String roundName, MerchantState state, @Nullable Instant decidedAt,
		@Nullable String reasonText, @Nullable Integer waitlistPosition, @Nullable String advisorName,
		int advisorContactDays, List<ExplainedCriterion> criteria, @Nullable BigDecimal total,
		List<OtherResource> otherResources) {
}
