package ca.pignon.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A published version of the action catalogue, for the managers' page. */
public record CatalogueVersion(int version, Instant publishedAt, String publishedBy, @Nullable String note,
		int actions, boolean current) {
}
