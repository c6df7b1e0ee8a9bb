package ca.pignon.dossier;

import ca.pignon.platform.AccountRecords;

/**
 * What anonymised records say instead of what identified the merchant, the same in every module: a column that may
 * not be empty keeps the schema's promise with one of these rather than a made-up value.
 */
public final class Anonymised {

	/** A person's name (the merchant's account says the same). */
	public static final String PERSON = AccountRecords.ANONYMOUS_NAME;

	/** The business's name. */
	public static final String BUSINESS = "Entreprise anonymisée";

	/** The title of an action an advisor wrote for this merchant alone. */
	public static final String CUSTOM_ACTION = "Action personnalisée";

	/** The same, where the English title is kept too. */
	public static final String CUSTOM_ACTION_EN = "Custom action";

	/** Free text (a note, a comment, a reason) that may not be null: empty. */
	public static final String TEXT = "";

	private Anonymised() {
	}

}
