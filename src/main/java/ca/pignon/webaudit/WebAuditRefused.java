package ca.pignon.webaudit;

import ca.pignon.platform.Refused;

/**
 * An audit that cannot start: the address is malformed, not http(s), or names a host the audit may not fetch
 * (loopback, private network, cloud metadata…). The message key explains it to people.
 */
public class WebAuditRefused extends Refused {

	public WebAuditRefused(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

	public Object[] arguments() {
		return getArguments();
	}

}
