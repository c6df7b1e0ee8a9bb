package ca.pignon.dossier;

/**
 * The dossier's last selection decision, as selection tells it (the dossier's own words for it, so that it depends on
 * no later module).
 */
public enum SelectionOutcome {

	RETAINED, WAITLISTED, NOT_RETAINED, WITHDRAWN

}
