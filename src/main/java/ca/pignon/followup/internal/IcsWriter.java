package ca.pignon.followup.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ca.pignon.followup.CalendarEntry;

/**
 * Writes an iCalendar (RFC 5545) object: CRLF line ends, lines folded at 75 octets without cutting a UTF-8 character,
 * text escaped, times in UTC (no VTIMEZONE needed), a stable UID per event and the export time as DTSTAMP (RFC 5545
 * wants one on every event).
 */
public final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** America/Toronto (Québec's time), as its rules have been since 2007. */
	private static final List<String> PROGRAM_TIME_ZONE = List.of("BEGIN:VTIMEZONE", "TZID:America/Toronto",
			"BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500",
			"TZOFFSETTO:-0400", "TZNAME:EDT", "END:DAYLIGHT", "BEGIN:STANDARD", "DTSTART:20071104T020000",
			"RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
			"END:STANDARD", "END:VTIMEZONE");

	private final StringBuilder out = new StringBuilder();

	private IcsWriter() {
	}

	public static String write(String calendarName, List<CalendarEntry> entries, Instant now) {
		IcsWriter ics = new IcsWriter();
		ics.line("BEGIN:VCALENDAR");
		ics.line("VERSION:2.0");
		ics.line("PRODID:-//Pignon//Suivi de l'accompagnement//FR");
		ics.line("CALSCALE:GREGORIAN");
		// no METHOD: this is a calendar to read or subscribe to, not a scheduling message (RFC 5546 §3.2.1 would then
		// want an ORGANIZER on every event, and strict readers such as ical4j refuse the file without one)
		ics.line("X-WR-CALNAME:" + escape(calendarName));
		if (entries.isEmpty()) {
			// a calendar holds at least one component (RFC 5545 §3.6): with nothing planned yet, the program's time
			// zone, which every reader takes and nobody sees
			PROGRAM_TIME_ZONE.forEach(ics::line);
		}
		for (CalendarEntry entry : entries) {
			ics.line("BEGIN:VEVENT");
			ics.line("UID:" + entry.uid());
			ics.line("DTSTAMP:" + UTC.format(now));
			if (entry.day() != null) {
				ics.line("DTSTART;VALUE=DATE:" + DAY.format(entry.day()));
				ics.line("DTEND;VALUE=DATE:" + DAY.format(entry.day().plusDays(1)));
				ics.line("TRANSP:TRANSPARENT");
			}
			else {
				ics.line("DTSTART:" + UTC.format(entry.start()));
				ics.line("DTEND:" + UTC.format(entry.end()));
			}
			ics.line("SUMMARY:" + escape(entry.summary()));
			if (!entry.description().isEmpty()) {
				ics.line("DESCRIPTION:" + escape(entry.description()));
			}
			if (entry.location() != null) {
				ics.line("LOCATION:" + escape(entry.location()));
			}
			ics.line("LAST-MODIFIED:" + UTC.format(entry.changedAt()));
			ics.line("SEQUENCE:" + entry.sequence());
			ics.line("END:VEVENT");
		}
		ics.line("END:VCALENDAR");
		return ics.out.toString();
	}

	/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Folds the content line (§3.1): at most 75 octets a line, continuation lines start with one space. */
	private void line(String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
