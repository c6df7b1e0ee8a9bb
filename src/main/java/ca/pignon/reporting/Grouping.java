package ca.pignon.reporting;

import java.util.Arrays;
import java.util.Optional;

/** What a report's rows may be grouped by, zero to two at a time. */
public enum Grouping {

	MUNICIPALITY("municipality"), ARRONDISSEMENT("arrondissement"), QUARTIER("quartier"), SDC("sdc"),
	SECTOR("sector"), EMPLOYEES("employees");

	/** The value of a group a dossier has no value for (no arrondissement outside Québec, no SDC layer yet). */
	public static final String NONE = "none";

	private final String id;

	Grouping(String id) {
		this.id = id;
	}

	/** The grouping's id in the API and the CSV. */
	public String id() {
		return id;
	}

	public static Optional<Grouping> ofId(String id) {
		return Arrays.stream(values()).filter(grouping -> grouping.id.equals(id)).findFirst();
	}

}
