package ca.pignon.followup.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingStatus;
import ca.pignon.platform.Refused.Problem;
import ca.pignon.platform.Dates;

/**
 * What a meeting must hold: a held meeting is not in the future and says what was discussed; a planned one has a time
 * still to come; a duration above zero and under the configured maximum; texts of a readable length.
 */
@Component
public class MeetingRules {

	public static final int MAX_TEXT = 4000;

	public static final int MAX_PLACE = 500;

	private final FollowupSettings settings;

	MeetingRules(FollowupSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param stored the meeting's details before this edit, if it is one: a planned meeting whose time did not change
	 *     may stay planned after its time passed
	 */
	public List<Problem> check(MeetingDetails details, Instant now, @Nullable MeetingDetails stored) {
		List<Problem> problems = new ArrayList<>();
		var today = now.atZone(Dates.PROGRAM_ZONE).toLocalDate();
		if (details.status() == MeetingStatus.HELD) {
			if (details.date().isAfter(today)) {
				problems.add(Problem.about("date", "followup.meeting.date.future"));
			}
			if (details.topics().isEmpty()) {
				problems.add(Problem.about("topics", "followup.meeting.topics.required"));
			}
		}
		else if (details.time() == null) {
			problems.add(Problem.about("time", "followup.meeting.time.required"));
		}
		else {
			boolean moved = stored == null || stored.status() != MeetingStatus.PLANNED
					|| !details.date().equals(stored.date()) || !details.time().equals(stored.time());
			if (moved && !startOf(details).isAfter(now)) {
				problems.add(Problem.about("date", "followup.meeting.date.past"));
			}
		}
		if (details.durationMinutes() < 1 || details.durationMinutes() > settings.maxMeetingMinutes()) {
			problems.add(Problem.about("durationMinutes", "followup.meeting.duration.range"));
		}
		if (details.place() != null && details.place().length() > MAX_PLACE) {
			problems.add(Problem.about("place", "followup.meeting.text.tooLong"));
		}
		for (var text : List.of(new String[] { "topics", details.topics() },
				new String[] { "actionsWorked", details.actionsWorked() },
				new String[] { "nextSteps", details.nextSteps() })) {
			if (text[1].length() > MAX_TEXT) {
				problems.add(Problem.about(text[0], "followup.meeting.text.tooLong"));
			}
		}
		return problems;
	}

	/** The instant a meeting starts: its time in the program's zone, or the start of its day. */
	public static Instant startOf(MeetingDetails details) {
		return details.time() == null ? details.date().atStartOfDay(Dates.PROGRAM_ZONE).toInstant()
				: details.date().atTime(details.time()).atZone(Dates.PROGRAM_ZONE).toInstant();
	}

}
