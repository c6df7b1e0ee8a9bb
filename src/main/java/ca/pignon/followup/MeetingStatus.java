package ca.pignon.followup;

/** A meeting that took place (its minutes count in the hours used) or one planned for later (for the calendar). */
public enum MeetingStatus {

	HELD, PLANNED

}
