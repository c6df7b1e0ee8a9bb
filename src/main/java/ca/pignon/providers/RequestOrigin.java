package ca.pignon.providers;

/** How a provider came onto a brief's shortlist. */
public enum RequestOrigin {

	/** Drawn at random among the vetted providers that fit. */
	DRAWN,
	/** Added by staff, with a written reason. */
	ADDED_BY_STAFF,
	/** Added by the merchant, from the directory or invited from outside it. */
	ADDED_BY_MERCHANT

}
