package ca.pignon.selection;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * One eligible application in a round's ranking.
 *
 * @param rank 1 for the first; every row has its own rank, ties being broken as {@link TieBreak} says
 * @param version the dossier's version: decisions and reassignments made from this row pass it back
 * @param tied another row has the same total
 * @param tieBrokenBy for a row tied with the row before, what put that one ahead
 * @param withinPlaces the rank is within the round's places
 * @param borderline the total is within the configured margin of the cut-off score (the total of the last row
 *     within the places): a case to look at closely
 * @param reviewers reviewers assigned and not in conflict of interest
 * @param reviewsSubmitted of them, those who submitted their scores
 * @param hiddenForViewer the person looking is a reviewer of this application who has not submitted yet (or declared
 *     a conflict): the breakdown is left out so that their review stays independent
 * @param breakdown the score criterion by criterion, in ranking pages only
 */
public record RankingRow(int rank, ApplicationId applicationId, long version, String businessName,
		@Nullable String areaName, Instant submittedAt, BigDecimal total, BigDecimal engagement, BigDecimal impact,
		boolean complete, boolean flagged, boolean tied, TieBreak tieBrokenBy, boolean withinPlaces,
		boolean borderline, @Nullable DecisionStatus decision, @Nullable Integer waitlistPosition,
		@Nullable String advisorName, int reviewers, int reviewsSubmitted, boolean hiddenForViewer,
		@Nullable ScoreBreakdown breakdown) {

	/** The same row with its breakdown, or without it for a viewer who may not see it. */
	public RankingRow withBreakdown(@Nullable ScoreBreakdown breakdown, boolean hidden) {
		return new RankingRow(rank, applicationId, version, businessName, areaName, submittedAt, total, engagement,
				impact, complete, flagged, tied, tieBrokenBy, withinPlaces, borderline, decision, waitlistPosition,
				advisorName, reviewers, reviewsSubmitted, hidden, breakdown);
	}

}
