package ca.pignon.followup;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.diagnostic.MaturityLevel;
import ca.pignon.webaudit.CheckChange;

/**
 * The accompaniment's before and after: the T0 and T1 diagnostics per dimension, the first and the latest web audit
 * per check, the hours used and (once the plan exists) the objectives reached.
 *
 * @param checks every check of the latest audit with its status in the first one; empty with fewer than two audits
 * @param objectivesReached from the plan (seam): empty until the plan module tells them
 */
public record BeforeAfter(boolean t0Completed, boolean t1Completed, @Nullable Integer overallBefore,
		@Nullable MaturityLevel levelBefore, @Nullable Integer overallAfter, @Nullable MaturityLevel levelAfter,
		List<DimensionChange> dimensions, @Nullable Instant firstAudit, @Nullable Instant latestAudit,
		List<CheckChange> checks, Hours hours, List<String> objectivesReached) {

	public BeforeAfter {
		dimensions = List.copyOf(dimensions);
		checks = List.copyOf(checks);
		objectivesReached = List.copyOf(objectivesReached);
	}

	public long checksImproved() {
		return checks.stream().filter(CheckChange::improved).count();
	}

	public long checksWorsened() {
		return checks.stream().filter(CheckChange::worsened).count();
	}

}
