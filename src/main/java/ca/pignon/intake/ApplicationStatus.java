package ca.pignon.intake;

public enum ApplicationStatus {

	/** Being filled by the merchant; not yet an application. */
	DRAFT,
	/** Submitted: eligibility decided, waiting for selection. */
	SUBMITTED

}
