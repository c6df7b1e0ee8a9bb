package ca.pignon.platform;

/**
 * An account operation that the rules refuse; carries the form field at fault and the message key of the reason.
 */
public class AccountRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	public AccountRefused(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
