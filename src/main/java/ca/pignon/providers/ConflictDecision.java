package ca.pignon.providers;

/** What a manager decides on a flagged conflict: the shortlist stands, or the brief is taken from that advisor. */
public enum ConflictDecision {

	/** The manager saw the link and confirms the shortlist, with a reason. */
	CONFIRMED,

	/** The manager takes the brief over: the person with the link no longer changes its shortlist nor sends it. */
	TAKEN_OVER

}
