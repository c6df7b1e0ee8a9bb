package ca.pignon.plan;

import java.util.List;

/** Someone changed the plan since the version the page showed: nothing was saved; here is what changed. */
public class PlanConflict extends RuntimeException {

	private final int currentVersion;

	private final List<PlanHistoryEntry> changes;

	public PlanConflict(int currentVersion, List<PlanHistoryEntry> changes) {
		super("plan changed since the page was shown: now version " + currentVersion);
		this.currentVersion = currentVersion;
		this.changes = List.copyOf(changes);
	}

	public int currentVersion() {
		return currentVersion;
	}

	public List<PlanHistoryEntry> changes() {
		return changes;
	}

}
