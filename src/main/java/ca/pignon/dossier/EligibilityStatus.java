package ca.pignon.dossier;

/** Whether the program can take the business, as intake decided it (the dossier's own words for it). */
public enum EligibilityStatus {

	ELIGIBLE, NOT_ELIGIBLE, TO_VERIFY

}
