package ca.pignon.progress;

/** How often a merchant gets the digest of what is coming and late; {@code NEVER} stops it. */
public enum ReminderRhythm {

	WEEKLY, FORTNIGHTLY, MONTHLY, NEVER

}
