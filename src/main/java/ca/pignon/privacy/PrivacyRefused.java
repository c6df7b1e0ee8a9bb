package ca.pignon.privacy;

import ca.pignon.platform.Refused;

/** A request or an answer the privacy rules refuse, with the field at fault. */
public class PrivacyRefused extends Refused {

	public PrivacyRefused(String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	/** Several problems at once, each beside its field. */
	public PrivacyRefused(java.util.List<Problem> problems) {
		super(problems);
	}

}
