package ca.pignon.handover;

import ca.pignon.platform.Refused;

/**
 * An export or import that cannot be done; the message key (under {@code handover.refused.}) says why in plain words,
 * and {@link #reason()} names it for the API's problem.
 */
public class HandoverRefused extends Refused {

	public HandoverRefused(String reason, Object... arguments) {
		super(null, "handover.refused." + reason, arguments);
	}

	/** The last part of the message key: notEmpty, damaged, newerSchema, olderSchema, passphrase, invalid… */
	public String reason() {
		return messageKey().substring("handover.refused.".length());
	}

	public Object[] arguments() {
		return getArguments();
	}

}
