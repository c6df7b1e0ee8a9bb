package ca.pignon.followup;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import ca.pignon.shared.ApplicationId;
import ca.pignon.platform.PignonUser;

import static ca.pignon.followup.FollowupFixture.actor;
import static ca.pignon.followup.FollowupFixture.planned;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merchant's calendar holds the planned meetings (in UTC, from the time given in Québec) and the plan's due dates,
 * keeps each event's UID from one export to the next, and answers its feed only to the current secret.
 */
class CalendarTests extends FollowupTest {

	@Test
	void holdsPlannedMeetingsAndDueDatesWithStableUids() throws Exception {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationId boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();
		var day = fixture.today().plusDays(10);
		MeetingId meeting = fixture.followup.logMeeting(boulangerie, planned(day, LocalTime.of(14, 30), 90), actor(anne));
		fixture.followup.recordPlanActions(boulangerie,
				List.of(new PlanAction("a1", "Fiche Google", YearMonth.from(day), false)));

		String first = fixture.calendars.calendarFile(boulangerie, java.util.Locale.CANADA_FRENCH);
		fixture.walk(Duration.ofHours(1));
		fixture.followup.editMeeting(meeting, planned(day, LocalTime.of(15, 0), 90),
				fixture.followup.meeting(meeting).version(), actor(anne));
		String second = fixture.calendars.calendarFile(boulangerie, java.util.Locale.CANADA_FRENCH);

		ICalendars.assertValid(first);
		ICalendars.assertValid(second);
		List<VEvent> before = new CalendarBuilder().build(new StringReader(first)).getComponents("VEVENT");
		List<VEvent> after = new CalendarBuilder().build(new StringReader(second)).getComponents("VEVENT");
		assertThat(after).hasSize(2);
		assertThat(value(after.get(0), Property.UID)).isEqualTo(value(before.get(0), Property.UID));
		var start = day.atTime(15, 0).atZone(ca.pignon.platform.Dates.PROGRAM_ZONE).toInstant();
		assertThat(value(after.get(0), Property.DTSTART)).isEqualTo(
				java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC).format(start));
		assertThat(value(after.get(0), Property.SUMMARY)).contains("Anne Tremblay").contains("Visioconférence");
		assertThat(value(after.get(0), Property.LOCATION)).isEqualTo("https://visio.example/pignon");
		assertThat(Long.parseLong(value(after.get(0), Property.SEQUENCE)))
			.isGreaterThan(Long.parseLong(value(before.get(0), Property.SEQUENCE)));
		assertThat(value(after.get(1), Property.DTSTART)).isEqualTo(YearMonth.from(day).atEndOfMonth().toString().replace("-", ""));
	}

	@Test
	void theFeedAnswersOnlyToTheCurrentSecret() throws Exception {
		PignonUser anne = fixture.advisor("Anne Tremblay");
		ApplicationId boulangerie = fixture.accompanied(anne, "Boulangerie du Parvis").get(0).id();

		String token = fixture.calendars.renewCalendarToken(boulangerie, actor(anne));
		assertThat(fixture.calendars.calendarFeed(token, java.util.Locale.CANADA_FRENCH)).get()
			.asString()
			.startsWith("BEGIN:VCALENDAR\r\n");
		ICalendars.assertValid(fixture.calendars.calendarFeed(token, java.util.Locale.CANADA).orElseThrow());
		String renewed = fixture.calendars.renewCalendarToken(boulangerie, actor(anne));
		assertThat(renewed).isNotEqualTo(token).hasSizeGreaterThanOrEqualTo(43);
		assertThat(fixture.calendars.calendarFeed(token, java.util.Locale.CANADA_FRENCH)).isEmpty();
		assertThat(fixture.calendars.calendarFeed(renewed, java.util.Locale.CANADA_FRENCH)).isPresent();

		fixture.calendars.revokeCalendarToken(boulangerie, actor(anne));

		assertThat(fixture.calendars.calendarFeed(renewed, java.util.Locale.CANADA_FRENCH)).isEmpty();
		assertThat(fixture.followup.dossier(boulangerie).calendarToken()).isNull();
	}

	private static String value(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).orElseThrow();
	}

}
