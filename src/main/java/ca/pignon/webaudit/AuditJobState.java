package ca.pignon.webaudit;

/**
 * Where an audit job stands: waiting for a place, running on one instance, done (its run is stored), or refused while
 * running (the site's address turned out not to be fetchable, or the audit failed).
 */
public enum AuditJobState {

	QUEUED, RUNNING, DONE, REFUSED;

	public boolean finished() {
		return this == DONE || this == REFUSED;
	}

}
