package ca.pignon.platform;

/**
 * An account operation that the rules refuse; carries the form field at fault and the message key of the reason.
 */
public class AccountRefused extends Refused {

	public AccountRefused(String field, String messageKey) {
		super(field, messageKey);
	}

}
