package ca.pignon.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The law's clock for a request (Loi 25, art. 32): an answer within 30 days of receipt; the person in charge is
 * reminded on day 20, and a request past its due date unanswered is overdue. Days are the program's calendar days.
 */
public record ResponseDeadline(ZoneId zone) {

	public static final int DAYS_TO_ANSWER = 30;

	public static final int REMINDER_DAY = 20;

	public LocalDate dueOn(Instant receivedAt) {
		return receivedAt.atZone(zone).toLocalDate().plusDays(DAYS_TO_ANSWER);
	}

	/** The day the person in charge is reminded of a request due on {@code dueOn}. */
	public static LocalDate reminderOn(LocalDate dueOn) {
		return dueOn.minusDays(DAYS_TO_ANSWER - REMINDER_DAY);
	}

	public static RequestStanding standing(LocalDate dueOn, @Nullable Instant answeredAt, LocalDate today) {
		if (answeredAt != null) {
			return RequestStanding.ANSWERED;
		}
		if (today.isAfter(dueOn)) {
			return RequestStanding.OVERDUE;
		}
		return today.isBefore(reminderOn(dueOn)) ? RequestStanding.OPEN : RequestStanding.DUE_SOON;
	}

	public LocalDate today(Instant now) {
		return now.atZone(zone).toLocalDate();
	}

}
