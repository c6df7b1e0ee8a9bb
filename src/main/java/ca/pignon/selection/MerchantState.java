package ca.pignon.selection;

/** What a merchant's status page says of selection. */
public enum MerchantState {

	/** In a round, not decided yet. */
	UNDER_REVIEW, RETAINED, WAITLISTED, NOT_RETAINED, WITHDRAWN

}
