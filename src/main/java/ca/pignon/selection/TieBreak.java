package ca.pignon.selection;

/**
 * What put the row before a row with the same total ahead of it. Ties are broken, in this order, by the higher
 * engagement subtotal, then the earlier submission, then the application id (an arbitrary but stable order).
 */
public enum TieBreak {

	/** Not tied with the row before. */
	NONE, ENGAGEMENT, SUBMISSION, APPLICATION_ID

}
