package ca.pignon.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the editorial calendar is drafted from.
 * @param start the first day of the calendar (the draft covers {@code weeks} weeks from the Monday of its week)
 * @param rhythm posts per week on each network the merchant chose
 * @param minutesPerWeek the time the merchant gave for their posts, in minutes a week
 * @param closedWeekdays the days the shop is closed every week
 * @param closedDays the merchant's own closures (holidays): no post is placed on them
 * @param pillars the kept pillars, in their order, each with the ideas it draws from (never empty)
 * @param occasions the occasions of the period with a date (confirmed ones only)
 * @param sameDayAllowed whether two posts on the same network may share a day (asked for by the merchant)
 */
public record CalendarRequest(LocalDate start, int weeks, Map<Network, Integer> rhythm, int minutesPerWeek,
		Set<DayOfWeek> closedWeekdays, Set<LocalDate> closedDays, List<PillarIdeas> pillars, List<Occasion> occasions,
		boolean sameDayAllowed) {

	/** A kept pillar and the ideas it draws from, in the library's order. */
	public record PillarIdeas(String pillar, List<Idea> ideas) {

		public PillarIdeas {
			ideas = List.copyOf(ideas);
			if (ideas.isEmpty()) {
				throw new IllegalArgumentException("a pillar draws from at least one idea: " + pillar);
			}
		}

	}

	public CalendarRequest {
		rhythm = Map.copyOf(rhythm);
		closedWeekdays = Set.copyOf(closedWeekdays);
		closedDays = Set.copyOf(closedDays);
		pillars = List.copyOf(pillars);
		occasions = List.copyOf(occasions);
	}

}
