package ca.pignon.dossier;

/**
 * A kind of record a module keeps about a merchant.
 *
 * @param id the module's name and the record's, such as {@code intake.application}
 * @param table the table that holds these records
 * @param origin whether the person gave this information or the program produced it
 */
public record RecordKind(String id, String table, DataOrigin origin) {

	/** A kind named after its module: {@code of("intake", "application", …)} is {@code intake.application}. */
	public static RecordKind of(String module, String record, String table, DataOrigin origin) {
		return new RecordKind(module + "." + record, table, origin);
	}

}
