package ca.pignon.territory.web;

/**
 * A request parameter the API refuses, with the message key that explains why.
 */
class InvalidParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final transient Object[] arguments;

	/**
	 * @param arguments the message's arguments after the parameter's name, which always comes first
	 */
	InvalidParameter(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String parameter() {
		return parameter;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}

}
