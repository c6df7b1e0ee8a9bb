package ca.pignon.followup;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One event of a merchant's calendar: a planned meeting (start and end) or a whole day (a plan action's due date).
 *
 * @param uid stable across exports, so that a calendar updates the event instead of adding a copy
 * @param changedAt when it last changed (SEQUENCE and LAST-MODIFIED)
 */
public record CalendarEntry(String uid, String summary, String description, @Nullable String location,
		@Nullable Instant start, @Nullable Instant end, @Nullable LocalDate day, Instant changedAt, long sequence) {

	public static CalendarEntry timed(String uid, String summary, String description, @Nullable String location,
			Instant start, Instant end, Instant changedAt, long sequence) {
		return new CalendarEntry(uid, summary, description, location, start, end, null, changedAt, sequence);
	}

	public static CalendarEntry allDay(String uid, String summary, String description, LocalDate day,
			Instant changedAt) {
		return new CalendarEntry(uid, summary, description, null, null, null, day, changedAt, 0);
	}

}
