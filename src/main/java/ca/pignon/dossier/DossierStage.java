package ca.pignon.dossier;

/**
 * How far a dossier has come in the program, in the program's order. Derived from the dossier's facts by
 * {@link StagePolicy}, never set by hand.
 */
public enum DossierStage {

	/** Submitted; not (or not yet) eligible. */
	APPLIED,
	/** Eligible: waiting for a decision, on the waitlist, or not retained in its round. */
	ELIGIBLE,
	/** Retained and assigned to an advisor. */
	RETAINED,
	/** The first (T0) diagnostic is complete. */
	DIAGNOSED,
	/** The merchant approved their action plan. */
	PLANNED,
	/** The merchant carries out the plan: a first action is done. */
	ACCOMPANIED,
	/** The accompaniment is closed (after the final diagnostic). */
	CLOSED,
	/** The merchant withdrew from the program. */
	WITHDRAWN

}
