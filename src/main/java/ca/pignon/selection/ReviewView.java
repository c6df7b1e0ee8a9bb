package ca.pignon.selection;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One reviewer's review of an application.
 *
 * @param assigned a manager assigned the reviewer (a reviewer may declare a conflict without being assigned)
 * @param submittedAt when the reviewer submitted; until then their scores are a draft that does not count
 * @param conflictDeclaredAt when they declared a conflict of interest: their scores are then ignored
 */
public record ReviewView(StaffRef reviewer, boolean assigned, @Nullable Instant submittedAt,
		@Nullable Instant conflictDeclaredAt, @Nullable String conflictNote, List<ReviewerScore> scores) {

	public boolean submitted() {
		return submittedAt != null;
	}

	public boolean conflicted() {
		return conflictDeclaredAt != null;
	}

	public boolean counts() {
		return submitted() && !conflicted();
	}

}
