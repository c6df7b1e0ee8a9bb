package ca.pignon.content;

import java.util.List;

/**
 * A drafted calendar: the posts by day, and what did not fit.
 * @param minutesAsked the time a week the rhythm asks for (its posts by the minutes of their formats)
 * @param overCapacity whether the rhythm asks for more time than the merchant gave (Pignon warns, and drafts only what
 *     fits)
 * @param leftOut the posts of the rhythm that found no open day or no time, over the whole period
 */
public record CalendarDraft(List<PlannedPost> posts, int minutesAsked, boolean overCapacity, int leftOut) {

	public CalendarDraft {
		posts = List.copyOf(posts);
	}

}
