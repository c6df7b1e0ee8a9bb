package ca.pignon.privacy;

/**
 * The kinds of dossier retention looks at, each with its own delay (see {@link RetentionPolicy}). Every rule
 * anonymises through the modules' personal-data hooks: what identified the merchant is erased, their files deleted,
 * and the counts the reports read stay.
 */
public enum RetentionRule {

	/** An application the program could not take: from the decision on its eligibility. */
	NOT_ELIGIBLE_APPLICATION,
	/** An accompaniment that closed: from the end of the program year it closed in. */
	CLOSED_DOSSIER,
	/**
	 * An eligible application that was never accompanied (waiting, not retained, or withdrawn): from the end of the
	 * program year it was submitted in.
	 */
	NOT_ACCOMPANIED

}
