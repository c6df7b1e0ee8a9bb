package ca.pignon.selection;

/**
 * Where a dossier stands in its round once staff have decided.
 */
public enum DecisionStatus {

	/** Retenue: a place, and an advisor. */
	RETAINED,
	/** Liste d'attente, at a position: offered a place if one frees up during the round. */
	WAITLISTED,
	/** Non retenue. */
	NOT_RETAINED,
	/** A retained or waitlisted merchant withdrew: their place is free again. Not a decision staff choose. */
	WITHDRAWN

}
