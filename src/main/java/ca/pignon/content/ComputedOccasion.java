package ca.pignon.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An occasion whose dates follow from the year by rule; its names are the messages {@code content.occasion.<id>}.
 * @param end the rule of the last day, or null for an occasion of one day
 */
record ComputedOccasion(String id, OccasionKind kind, DateRule start, @Nullable DateRule end) {

	LocalDate startIn(int year) {
		return start.dateIn(year);
	}

	@Nullable LocalDate endIn(int year) {
		return end == null ? null : end.dateIn(year);
	}

	String messageKey() {
		return "content.occasion." + id;
	}

}
