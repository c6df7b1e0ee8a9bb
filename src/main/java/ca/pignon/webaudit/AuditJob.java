package ca.pignon.webaudit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * An audit started by someone and run in the background by whichever instance has a place: it survives the restart of
 * the instance that started it.
 * @param application the application whose website is audited; null for an address audited for the API
 * @param run the stored run once done
 * @param refusalKey why it could not run, once refused (a message key with its arguments)
 */
public record AuditJob(UUID id, @Nullable ApplicationId application, String url, AccountId requestedBy,
		AuditJobState state, @Nullable WebAuditId run, @Nullable String refusalKey, List<String> refusalArguments,
		Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

	public boolean finished() {
		return state.finished();
	}

}
