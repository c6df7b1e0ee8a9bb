package ca.pignon.intake;

import ca.pignon.platform.Refused;

/**
 * The workflow refuses an operation (out of order, on a stale version, invalid): carries the message key to show.
 */
public class IntakeRefused extends Refused {

	public IntakeRefused(String messageKey) {
		super(null, messageKey);
	}

	/** Every reason, each with its field. */
	public IntakeRefused(java.util.List<Problem> problems) {
		super(problems);
	}

}
