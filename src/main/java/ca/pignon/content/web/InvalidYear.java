package ca.pignon.content.web;

/** The API's {@code year} parameter is refused, with the message key that explains why. */
class InvalidYear extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	InvalidYear(String messageKey, Object... arguments) {
		super("year: " + messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
