package ca.pignon.selection;

/**
 * What an automatic criterion reads from the application, and how its points table matches that value.
 */
public enum AutomaticRule {

	/** Hours per week offered: {@code LESS_THAN_ONE}, {@code ONE_TO_TWO}, {@code THREE_TO_FIVE}, {@code MORE_THAN_FIVE}. */
	HOURS_PER_WEEK,
	/** Who will do the work: {@code OWNER}, {@code EMPLOYEE}, {@code FAMILY_OR_PARTNER}, {@code PROVIDER}, {@code UNDECIDED}. */
	WORK_BY,
	/**
	 * Online presence today: {@code NONE} (no website, no social media, no other link), {@code SOCIAL_ONLY} (social
	 * media or other links, no website), {@code WEBSITE}.
	 */
	ONLINE_PRESENCE,
	/** Number of employees, matched by ranges such as {@code 0-1}, {@code 2-4}, {@code 50+}. */
	EMPLOYEES,
	/** NAICS code of the main activity, matched by the longest prefix ({@code 44}, {@code 7225}…), {@code *} otherwise. */
	SECTOR

}
