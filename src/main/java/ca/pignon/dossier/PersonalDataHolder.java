package ca.pignon.dossier;

import java.util.List;

/**
 * A hook of the dossier: implemented by every module that keeps records about a merchant (found by type), so that a
 * merchant's data can be given back to them and erased whatever module holds it. {@code PersonalDataTests} fails when
 * a table that holds a merchant's rows is declared by no holder.
 */
public interface PersonalDataHolder {

	/** The kinds of record this module keeps about merchants, each with the table that holds it. */
	List<RecordKind> recordKinds();

	/** Every record this module keeps about this merchant, as structured records. */
	List<PersonalRecord> recordsOf(DataSubject subject);

	/** The files this module keeps about this merchant, each described by one of its records; none by default. */
	default List<PersonalFile> filesOf(DataSubject subject) {
		return List.of();
	}

	/**
	 * Removes what identifies the merchant from these records (names, contact details, free text they or staff wrote
	 * about them, files), keeping what aggregate reports count (dates, stages, scores, hours).
	 */
	void anonymise(DataSubject subject);

}
