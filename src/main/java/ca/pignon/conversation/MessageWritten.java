package ca.pignon.conversation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;

/** A message was written in a dossier's conversation (and mailed to the other side in the same transaction). */
public record MessageWritten(ApplicationId applicationId, boolean byStaff, @Nullable String actionKey, Instant at) {
}
