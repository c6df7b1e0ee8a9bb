package ca.pignon.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Dates as people of the program read them: in Québec's time zone. Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

	public static final ZoneId PROGRAM_ZONE = ZoneId.of("America/Toronto");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(PROGRAM_ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PROGRAM_ZONE);

	public String dateTime(@Nullable Instant instant) {
		return instant == null ? "—" : DATE_TIME.format(instant);
	}

	public String date(@Nullable Instant instant) {
		return instant == null ? "—" : DATE.format(instant);
	}

}
