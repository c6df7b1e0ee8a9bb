package ca.pignon.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.uploads.StoredUpload;

/**
 * An action of the plan being carried out.
 *
 * @param version for optimistic locking: a change made from a stale page is refused, never applied over another
 */
public record Task(String key, String title, YearMonth dueMonth, BigDecimal hours, String who, TaskStatus status,
		@Nullable Instant doneAt, @Nullable String doneByName, @Nullable String evidenceUrl, @Nullable String doneNote,
		List<StoredUpload> evidence, List<TaskComment> comments, long version) {

	public boolean done() {
		return status == TaskStatus.DONE;
	}

	public boolean helpRequested() {
		return comments.stream().anyMatch(TaskComment::helpRequest);
	}

}
