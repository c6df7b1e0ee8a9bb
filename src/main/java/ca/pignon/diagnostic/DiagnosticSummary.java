package ca.pignon.diagnostic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.ApplicationId;
import ca.pignon.shared.AccountId;

/**
 * A diagnostic and where it stands.
 *
 * @param version changes on every save: pages send back the one they showed (optimistic locking)
 * @param answered answered questions among those shown
 * @param shown questions shown by the skip logic with the answers so far
 */
public record DiagnosticSummary(DiagnosticId id, ApplicationId applicationId, AccountId merchant, String businessName,
		DiagnosticKind kind, DiagnosticStatus status, int bankVersion, int formulaVersion, long version,
		Instant startedAt, @Nullable Instant completedAt, @Nullable String completedBy, @Nullable Integer overall,
		int answered, int shown) {

	public boolean completed() {
		return status == DiagnosticStatus.COMPLETED;
	}

	public int percentAnswered() {
		return shown == 0 ? 0 : answered * 100 / shown;
	}

}
