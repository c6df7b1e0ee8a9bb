package ca.pignon.progress.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

import ca.pignon.progress.ReminderRhythm;

/**
 * The period a digest belongs to (a week, a pair of weeks, a month) and the moment it may be sent from: the digest
 * day of the period at the digest time. One digest per period: a run that comes later in the same period (after a
 * restart, a second server) finds it already sent.
 */
record DigestPeriod(String key, ZonedDateTime sendFrom) {

	static DigestPeriod of(ReminderRhythm rhythm, ZonedDateTime now, DayOfWeek day, LocalTime time) {
		LocalDate today = now.toLocalDate();
		int weekYear = today.get(IsoFields.WEEK_BASED_YEAR);
		int week = today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		LocalDate monday = today.with(DayOfWeek.MONDAY);
		return switch (rhythm) {
			case WEEKLY -> new DigestPeriod("W" + weekYear + "-" + week, at(monday, day, time, now));
			case FORTNIGHTLY -> {
				// weeks 1-2, 3-4...: the pair starts on an odd week
				LocalDate pairMonday = week % 2 == 1 ? monday : monday.minusWeeks(1);
				yield new DigestPeriod("F" + weekYear + "-" + (week + 1) / 2, at(pairMonday, day, time, now));
			}
			case MONTHLY -> new DigestPeriod("M" + today.getYear() + "-" + today.getMonthValue(),
					today.withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(now.getZone()));
			case NEVER -> throw new IllegalArgumentException("no digest is sent at the NEVER rhythm");
		};
	}

	boolean due(ZonedDateTime now) {
		return !now.isBefore(sendFrom);
	}

	private static ZonedDateTime at(LocalDate monday, DayOfWeek day, LocalTime time, ZonedDateTime now) {
		return monday.with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(now.getZone());
	}

}
