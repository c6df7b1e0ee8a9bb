package ca.pignon.selection;

/** Who gives a criterion its value. */
public enum CriterionKind {

	/** Computed from the application's answers by a named rule and the criterion's points table. */
	AUTOMATIC,
	/** Scored by reviewers, each with a justification; the mean of the reviewers counts. */
	REVIEWER

}
