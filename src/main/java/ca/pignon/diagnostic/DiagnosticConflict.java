package ca.pignon.diagnostic;

import java.time.Instant;
import java.util.List;

/**
 * Someone else saved answers of the same page since it was shown (the merchant and the advisor at once): nothing was
 * overwritten; the page shows what changed and saving again, with the current version, keeps the person's values.
 */
public class DiagnosticConflict extends RuntimeException {

	/** @param field a question id, or {@code note} */
	public record Change(String field, String label, String value, String by, Instant at) {
	}

	private final long currentVersion;

	private final List<Change> changes;

	public DiagnosticConflict(long currentVersion, List<Change> changes) {
		super("changed since shown: " + changes);
		this.currentVersion = currentVersion;
		this.changes = List.copyOf(changes);
	}

	public long currentVersion() {
		return currentVersion;
	}

	public List<Change> changes() {
		return changes;
	}

}
