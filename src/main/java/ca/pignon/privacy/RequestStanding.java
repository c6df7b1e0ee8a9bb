package ca.pignon.privacy;

/** Where a request stands against its 30 days. */
public enum RequestStanding {

	OPEN, DUE_SOON, OVERDUE, ANSWERED

}
