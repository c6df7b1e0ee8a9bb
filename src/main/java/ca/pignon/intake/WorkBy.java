package ca.pignon.intake;

/**
 * Who will carry out the digital work in the business.
 */
public enum WorkBy {

	OWNER, EMPLOYEE, FAMILY_OR_PARTNER, PROVIDER, UNDECIDED

}
