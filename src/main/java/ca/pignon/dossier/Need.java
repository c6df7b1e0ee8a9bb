package ca.pignon.dossier;

/**
 * Why someone opens a dossier: the need decides who may (see {@link AccessPolicy}).
 */
public enum Need {

	/**
	 * The application itself (its answers, its evidence, its eligibility, its web audit): staff who decide on it, the
	 * reviewers who score it, the advisor who follows it, and the advisors who cover its area while it waits for an
	 * eligibility check.
	 */
	APPLICATION,
	/** The accompaniment (diagnostic, plan, tasks, files, meetings): the merchant and the advisor who follows them. */
	ACCOMPANIMENT

}
