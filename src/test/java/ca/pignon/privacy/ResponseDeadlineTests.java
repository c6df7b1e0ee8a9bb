package ca.pignon.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The law's 30 days, in the program's calendar: due, reminded on day 20, overdue after. */
class ResponseDeadlineTests {

	final ResponseDeadline deadline = new ResponseDeadline(ZoneId.of("America/Toronto"));

	@Test
	void aRequestIsDueThirtyDaysAfterTheDayItWasReceivedInQuebec() {
		// 23:30 in Québec on December 31 is already January 1 in UTC: the day is Québec's
		Instant lateEvening = Instant.parse("2027-01-01T04:30:00Z");
		assertThat(deadline.dueOn(lateEvening)).isEqualTo(LocalDate.of(2027, 1, 30));
		assertThat(ResponseDeadline.reminderOn(LocalDate.of(2027, 1, 30))).isEqualTo(LocalDate.of(2027, 1, 20));
	}

	@Test
	void openUntilDayTwentyDueSoonUntilItsDueDateOverdueAfterAnsweredOnceAnswered() {
		LocalDate received = LocalDate.of(2027, 3, 1);
		LocalDate due = received.plusDays(30);
		assertThat(ResponseDeadline.standing(due, null, received.plusDays(19))).isEqualTo(RequestStanding.OPEN);
		assertThat(ResponseDeadline.standing(due, null, received.plusDays(20))).isEqualTo(RequestStanding.DUE_SOON);
		assertThat(ResponseDeadline.standing(due, null, due)).isEqualTo(RequestStanding.DUE_SOON);
		assertThat(ResponseDeadline.standing(due, null, due.plusDays(1))).isEqualTo(RequestStanding.OVERDUE);
		assertThat(ResponseDeadline.standing(due, Instant.parse("2027-04-05T12:00:00Z"), due.plusDays(5)))
			.isEqualTo(RequestStanding.ANSWERED);
	}

}
