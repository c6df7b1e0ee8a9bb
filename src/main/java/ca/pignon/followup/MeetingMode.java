package ca.pignon.followup;

/** How the advisor and the merchant met. */
public enum MeetingMode {

	IN_PERSON, VIDEO, PHONE

}
