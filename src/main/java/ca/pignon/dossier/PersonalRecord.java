package ca.pignon.dossier;

import java.util.Map;

/**
 * One record about a merchant, as given back to them: its kind and its fields, by column, as text (ISO 8601 for
 * dates).
 */
public record PersonalRecord(String kind, Map<String, String> fields) {

	public PersonalRecord {
		fields = Map.copyOf(fields);
	}

}
