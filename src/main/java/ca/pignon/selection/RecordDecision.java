package ca.pignon.selection;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.Actor;
import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A decision on an application of a round.
 *
 * @param waitlistPosition for {@code WAITLISTED}: the position, or {@code null} for the next one
 * @param advisor for {@code RETAINED}: the advisor the manager confirmed (see
 *     {@link SelectionManagement#suggestAdvisors}); required
 * @param reasonKey the template chosen, one of {@link SelectionManagement#reasonTemplates}
 * @param reasonText the template's text as the manager edited it: this is what the merchant reads
 * @param expectedVersion the dossier's version the manager saw ({@link RankingRow#version()})
 */
public record RecordDecision(RoundId round, ApplicationId application, DecisionStatus status,
		@Nullable Integer waitlistPosition, @Nullable AccountId advisor, String reasonKey, String reasonText,
		long expectedVersion, Actor by) {
}
