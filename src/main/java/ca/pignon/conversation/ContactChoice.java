package ca.pignon.conversation;

/**
 * What an advisor chose to show the merchants they accompany, besides their name (always shown).
 *
 * @param phone the phone number merchants may call (empty when none)
 */
public record ContactChoice(boolean showEmail, String phone, boolean showPhone) {

	/** Before an advisor chooses: their name only. */
	public static final ContactChoice NAME_ONLY = new ContactChoice(false, "", false);

}
