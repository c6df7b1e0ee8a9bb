package ca.pignon.intake;

/**
 * The workflow refuses an operation (out of order, on a stale version, invalid): carries the message key to show.
 */
public class IntakeRefused extends RuntimeException {

	private final String messageKey;

	public IntakeRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
