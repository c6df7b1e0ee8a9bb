package ca.pignon.content;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether a merchant stopped publishing, for the advisor's dashboard: over the {@value #WINDOW_DAYS} days before
 * today, their calendar planned at least {@value #PLANNED_AT_LEAST} posts and none of them is marked published (a
 * skipped post is not a published one). Three weeks so that one week off, or a week's closure (the calendar plans
 * nothing on closed days), is not a stop; at least two planned so that a rhythm of one post every two weeks is not
 * flagged for a single miss. Without a calendar, or before it starts, nobody is flagged.
 */
public final class PublishingStoppedPolicy {

	public static final int WINDOW_DAYS = 21;

	public static final int PLANNED_AT_LEAST = 2;

	private PublishingStoppedPolicy() {
	}

	public static boolean stopped(List<CalendarPost> posts, LocalDate today) {
		LocalDate from = today.minusDays(WINDOW_DAYS);
		List<CalendarPost> window = posts.stream()
			.filter(p -> !p.day().isBefore(from) && p.day().isBefore(today))
			.toList();
		return window.size() >= PLANNED_AT_LEAST && window.stream().noneMatch(p -> p.status() == PostStatus.PUBLISHED);
	}

}
