package ca.pignon.intake;

/**
 * Whether the program can take a business, on territory and storefront alone.
 */
public enum Eligibility {

	ELIGIBLE, NOT_ELIGIBLE, TO_VERIFY

}
