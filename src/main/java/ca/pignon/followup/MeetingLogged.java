package ca.pignon.followup;

import java.time.LocalDate;

import ca.pignon.shared.ApplicationId;

/** An advisor recorded or changed a meeting; {@code minutesUsed} is the dossier's total after it. */
public record MeetingLogged(ApplicationId applicationId, MeetingId meetingId, MeetingStatus status, LocalDate date,
		int durationMinutes, int minutesUsed) {
}
