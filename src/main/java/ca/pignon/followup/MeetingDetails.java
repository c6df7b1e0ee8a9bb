package ca.pignon.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the advisor writes about a meeting, held or planned.
 *
 * @param time the local time in the program's zone (America/Toronto); required for a planned meeting
 * @param actionIds the plan actions worked on, by id, once the plan exists (seam); free text in {@code actionsWorked}
 *     until then
 */
public record MeetingDetails(MeetingStatus status, LocalDate date, @Nullable LocalTime time, int durationMinutes,
		MeetingMode mode, @Nullable String place, String topics, String actionsWorked, List<String> actionIds,
		String nextSteps) {

	public MeetingDetails {
		actionIds = List.copyOf(actionIds);
		topics = topics.strip();
		actionsWorked = actionsWorked.strip();
		nextSteps = nextSteps.strip();
		place = place == null || place.isBlank() ? null : place.strip();
	}

}
