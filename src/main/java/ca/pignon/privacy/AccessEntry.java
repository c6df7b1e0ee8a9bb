package ca.pignon.privacy;

import java.time.Instant;

/** One opening of a merchant's dossier by a member of staff, as the access log shows it. */
public record AccessEntry(Instant at, String who, String need, String method, String path) {
}
