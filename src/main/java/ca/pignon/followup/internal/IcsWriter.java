package ca.pignon.followup.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import ca.pignon.followup.CalendarEntry;

/**
 * Writes an iCalendar (RFC 5545) object: CRLF line ends, lines folded at 75 octets without cutting a UTF-8 character,
 * text escaped, times in UTC (no VTIMEZONE needed), a stable UID per event and the export time as DTSTAMP (the
 * object has a METHOD).
 */
public final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final StringBuilder out = new StringBuilder();

	private IcsWriter() {
	}

	public static String write(String calendarName, List<CalendarEntry> entries, Instant now) {
		IcsWriter ics = new IcsWriter();
		ics.line("BEGIN:VCALENDAR");
		ics.line("VERSION:2.0");
		ics.line("PRODID:-//Pignon//Suivi de l'accompagnement//FR");
		ics.line("CALSCALE:GREGORIAN");
		ics.line("METHOD:PUBLISH");
		ics.line("X-WR-CALNAME:" + escape(calendarName));
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
