package ca.pignon.providers;

/** Where the merchant's data would be hosted. */
public enum Hosting {

	CANADA, OUTSIDE_CANADA, NOT_HOSTED

}
