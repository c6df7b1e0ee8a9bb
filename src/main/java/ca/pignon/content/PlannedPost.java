package ca.pignon.content;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A post of the drafted calendar: its day, network, pillar, idea and format, a caption draft (the idea's example) and
 * the occasion it was placed on, if any.
 */
public record PlannedPost(LocalDate day, Network network, String pillar, Idea idea, PostFormat format,
		String captionFr, String captionEn, @Nullable String occasion) {
}
