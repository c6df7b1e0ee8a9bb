package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the merchant chose for their editorial calendar.
 * @param rhythm posts a week on each network chosen
 * @param minutesPerWeek the time they gave for their posts, in minutes a week
 * @param closedWeekdays the days the shop is closed every week
 * @param closures their own closures (holidays): no post on them
 * @param ownDates their own dates (a sale, an anniversary): posts are placed on them like on occasions
 * @param sameDayAllowed whether two posts on one network may share a day (the merchant asked for it: otherwise a week
 *     with fewer open days than posts gets fewer posts)
 * @param firstDay the calendar's first day, null before it was drafted
 * @param lastDay the calendar's last day, null before it was drafted
 */
public record CalendarSettings(Map<Network, Integer> rhythm, int minutesPerWeek, Set<DayOfWeek> closedWeekdays,
		Set<LocalDate> closures, List<OwnDate> ownDates, boolean sameDayAllowed, @Nullable LocalDate firstDay,
		@Nullable LocalDate lastDay) {

	/** A date of the merchant's own. */
	public record OwnDate(LocalDate date, String name) {
	}

	public CalendarSettings {
		rhythm = Map.copyOf(rhythm);
		closedWeekdays = Set.copyOf(closedWeekdays);
		closures = Set.copyOf(closures);
		ownDates = List.copyOf(ownDates);
	}

	/** Whether a post may be placed on that day: inside the calendar's range, the shop open. */
	public boolean open(LocalDate day) {
		return !closedWeekdays.contains(day.getDayOfWeek()) && !closures.contains(day);
	}

	public boolean inRange(LocalDate day) {
		return firstDay != null && lastDay != null && !day.isBefore(firstDay) && !day.isAfter(lastDay);
	}

}
