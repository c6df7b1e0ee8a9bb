package ca.pignon.progress;

import java.time.Instant;

/** A comment on a task, or a request for help (kind {@code HELP}), by the merchant or staff. */
public record TaskComment(String kind, String authorName, boolean byStaff, String body, Instant at) {

	public boolean helpRequest() {
		return "HELP".equals(kind);
	}

}
