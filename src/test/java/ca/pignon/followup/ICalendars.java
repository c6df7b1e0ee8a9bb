package ca.pignon.followup;

import java.io.StringReader;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import static org.assertj.core.api.Assertions.assertThat;

/** Pignon's calendars as a strict reader sees them: ical4j parses each and its validator finds nothing to say. */
public final class ICalendars {

	private ICalendars() {
	}

	/** Parses the calendar and fails on any error of ical4j's validation (RFC 5545, and RFC 5546 when it has a METHOD). */
	public static Calendar assertValid(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		var result = calendar.validate();
		assertThat(result.getEntries()).as(ics).filteredOn(entry -> entry.getSeverity().name().equals("ERROR")).isEmpty();
		return calendar;
	}

}
