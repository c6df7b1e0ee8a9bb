package ca.pignon.uploads;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A file kept for a merchant's dossier.
 *
 * @param originalName the name it had on the sender's device, cleaned for display only: never used to store it
 */
public record StoredUpload(UploadId id, ApplicationId application, String originalName, UploadKind kind, long size,
		String sha256, Instant uploadedAt, AccountId uploadedBy) {
}
