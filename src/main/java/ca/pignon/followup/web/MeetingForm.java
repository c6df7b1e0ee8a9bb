package ca.pignon.followup.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.BindingResult;

import ca.pignon.followup.Meeting;
import ca.pignon.followup.MeetingDetails;
import ca.pignon.followup.MeetingMode;
import ca.pignon.followup.MeetingStatus;

/**
 * The meeting form as typed: every field a string, so that a wrong value comes back exactly as typed with its
 * message, next to everything else the advisor wrote.
 */
record MeetingForm(@Nullable String status, @Nullable String date, @Nullable String time,
		@Nullable String durationMinutes, @Nullable String mode, @Nullable String place, @Nullable String topics,
		@Nullable String actionsWorked, @Nullable String nextSteps, @Nullable Long version) {

	static MeetingForm blank(MeetingStatus status, LocalDate today) {
		return new MeetingForm(status.name(), status == MeetingStatus.HELD ? today.toString() : "", "", "60",
				MeetingMode.IN_PERSON.name(), "", "", "", "", null);
	}

	static MeetingForm of(Meeting meeting) {
		MeetingDetails d = meeting.details();
		return new MeetingForm(d.status().name(), d.date().toString(), d.time() == null ? "" : d.time().toString(),
				Integer.toString(d.durationMinutes()), d.mode().name(), d.place() == null ? "" : d.place(), d.topics(),
				d.actionsWorked(), d.nextSteps(), meeting.version());
	}

	MeetingForm withVersion(long newVersion) {
		return new MeetingForm(status, date, time, durationMinutes, mode, place, topics, actionsWorked, nextSteps,
				newVersion);
	}

	boolean planned() {
		return MeetingStatus.PLANNED.name().equals(status);
	}

	/** The details when every field reads; otherwise null, with an error on each field that does not. */
	@Nullable MeetingDetails toDetails(BindingResult errors) {
		MeetingStatus parsedStatus = MeetingStatus.PLANNED.name().equals(status) ? MeetingStatus.PLANNED
				: MeetingStatus.HELD;
		LocalDate parsedDate = null;
		try {
			parsedDate = LocalDate.parse(text(date));
		}
		catch (DateTimeParseException e) {
			errors.rejectValue("date", "followup.meeting.date.invalid");
		}
		LocalTime parsedTime = null;
		if (!text(time).isEmpty()) {
			try {
				parsedTime = LocalTime.parse(text(time));
			}
			catch (DateTimeParseException e) {
				errors.rejectValue("time", "followup.meeting.time.invalid");
			}
		}
		int minutes = 0;
		try {
			minutes = Integer.parseInt(text(durationMinutes));
		}
		catch (NumberFormatException e) {
			errors.rejectValue("durationMinutes", "followup.meeting.duration.range");
		}
		MeetingMode parsedMode = null;
		try {
			parsedMode = MeetingMode.valueOf(text(mode));
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue("mode", "followup.meeting.mode.required");
		}
		if (errors.hasErrors() || parsedDate == null || parsedMode == null) {
			return null;
		}
		return new MeetingDetails(parsedStatus, parsedDate, parsedTime, minutes, parsedMode, place, text(topics),
				text(actionsWorked), List.of(), text(nextSteps));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
