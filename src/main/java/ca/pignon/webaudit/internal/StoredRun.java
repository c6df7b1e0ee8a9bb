package ca.pignon.webaudit.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A run as stored: its findings untranslated.
 */
public record StoredRun(UUID id, @Nullable UUID applicationId, String url, String finalUrl, Instant fetchedAt,
		@Nullable UUID runBy, @Nullable String runByName, List<Finding> findings) {

	public StoredRun {
		findings = List.copyOf(findings);
	}

}
