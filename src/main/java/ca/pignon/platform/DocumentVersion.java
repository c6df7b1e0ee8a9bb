package ca.pignon.platform;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * A published version of a document, as its managers' page lists it.
 *
 * @param publishedBy the publisher's current display name; for versions published before accounts were recorded, the
 *     name as it was stored then ("Pignon" for the shipped versions)
 * @param publishedByAccount null for the shipped versions and for versions migrated without an account
 * @param current whether it is the version in use (the latest)
 */
public record DocumentVersion(int version, Instant publishedAt, String publishedBy,
		@Nullable AccountId publishedByAccount, @Nullable String note, String checksum, boolean current) {
}
