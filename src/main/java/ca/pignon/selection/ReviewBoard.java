package ca.pignon.selection;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * What one person may see of an application's reviews. A reviewer sees only their own scores until they have
 * submitted them (and never others' once they declared a conflict of interest); someone who is not a reviewer of
 * the application sees every review.
 *
 * @param own the viewer's own review, if they have one
 * @param othersVisible whether {@link #others} and {@link #disagreements} are shown to this viewer
 * @param otherReviewers how many other reviewers there are, shown even when their scores are not
 * @param disagreements codes of the criteria on which counted reviewers are further apart than the gap
 */
public record ReviewBoard(RoundId round, ApplicationId applicationId, int gridVersion, List<Criterion> criteria,
		@Nullable ReviewView own, boolean othersVisible, int otherReviewers, List<ReviewView> others,
		Set<String> disagreements, int disagreementGap) {

	public boolean flagged() {
		return !disagreements.isEmpty();
	}

}
