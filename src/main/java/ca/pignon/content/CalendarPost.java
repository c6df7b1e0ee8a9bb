package ca.pignon.content;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A post of the merchant's stored calendar. */
public record CalendarPost(UUID id, LocalDate day, Network network, String pillar, String ideaId, PostFormat format,
		String caption, @Nullable String occasion, PostStatus status, String link) {
}
