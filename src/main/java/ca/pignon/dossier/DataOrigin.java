package ca.pignon.dossier;

/** Where a kind of record comes from: Loi 25 sets apart what was collected from the person. */
public enum DataOrigin {

	/** Given by the person: their answers, their words, their files. */
	COLLECTED,
	/** Produced by the program about them: decisions, scores, notes, history. */
	PRODUCED

}
