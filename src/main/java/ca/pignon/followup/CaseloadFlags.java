package ca.pignon.followup;

/** The thresholds of the dashboard's flags, in days without contact. */
public final class CaseloadFlags {

	public static final int NO_CONTACT_WARNING_DAYS = 14;

	public static final int NO_CONTACT_RISK_DAYS = 30;

	private CaseloadFlags() {
	}

}
