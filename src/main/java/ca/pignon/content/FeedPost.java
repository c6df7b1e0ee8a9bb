package ca.pignon.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A planned (or published) post as the merchant's calendar feed shows it: a whole day, with its network, pillar and
 * caption draft.
 *
 * @param changedAt when it last changed, for the feed's LAST-MODIFIED
 */
public record FeedPost(UUID id, LocalDate day, Network network, String pillar, String caption, PostStatus status,
		Instant changedAt) {
}
