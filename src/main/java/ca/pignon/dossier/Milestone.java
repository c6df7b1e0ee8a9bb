package ca.pignon.dossier;

/**
 * A step of the accompaniment that a later module reports when it happens.
 */
public enum Milestone {

	/** diagnostic: the T0 diagnostic was completed */
	DIAGNOSED,
	/** plan: the merchant approved a plan */
	PLANNED,
	/** progress: the merchant marked a first action of the plan done */
	ACCOMPANIED,
	/** follow-up: the accompaniment was closed */
	CLOSED

}
