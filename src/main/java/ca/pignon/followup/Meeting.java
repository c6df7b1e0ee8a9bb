package ca.pignon.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/**
 * A stored meeting with who wrote it last.
 *
 * @param startsAt the instant it starts, when a time was given
 * @param version changes on every edit: forms send back the one they showed (optimistic locking)
 */
public record Meeting(MeetingId id, ApplicationId applicationId, MeetingDetails details, @Nullable Instant startsAt,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

	public boolean held() {
		return details.status() == MeetingStatus.HELD;
	}

}
