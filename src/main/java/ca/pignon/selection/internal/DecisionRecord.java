package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.selection.DecisionStatus;

/**
 * A dossier's decision, with the score and rank it was taken on.
 */
public record DecisionRecord(DecisionStatus decision, @Nullable Integer waitlistPosition, String reasonKey,
		String reasonText, Instant decidedAt, UUID decidedById,
		@Nullable BigDecimal scoreAtDecision, @Nullable Integer rankAtDecision) {
}
