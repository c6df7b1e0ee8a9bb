package ca.pignon.webaudit;

import java.util.List;

/**
 * What changed between a run and the one before it: only the checks whose status moved.
 */
public record WebAuditComparison(WebAudit current, WebAudit previous, List<CheckChange> changes) {

	public WebAuditComparison {
		changes = List.copyOf(changes);
	}

	public boolean unchanged() {
		return changes.isEmpty();
	}

}
