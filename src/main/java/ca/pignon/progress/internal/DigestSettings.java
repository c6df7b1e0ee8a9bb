package ca.pignon.progress.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchants' reminder digests of "Mon plan".
 *
 * @param digestZone the time zone of the day and time below
 * @param digestDay the day a weekly digest goes out
 * @param digestTime the time from which a digest is due
 * @param digestCron when Pignon looks for digests that are due (one instance at a time)
 */
@ConfigurationProperties("pignon.progress")
record DigestSettings(@DefaultValue("America/Toronto") ZoneId digestZone, @DefaultValue("MONDAY") DayOfWeek digestDay,
		@DefaultValue("08:00") LocalTime digestTime, @DefaultValue("0 5 * * * *") String digestCron) {
}
