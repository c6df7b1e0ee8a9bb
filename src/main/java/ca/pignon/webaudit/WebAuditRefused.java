package ca.pignon.webaudit;

/**
 * An audit that cannot start: the address is malformed, not http(s), or names a host the audit may not fetch
 * (loopback, private network, cloud metadata…). The message key explains it to people.
 */
public class WebAuditRefused extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public WebAuditRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
