package ca.pignon.reporting.web;

/** A report's parameter that cannot be read, with the message saying why (in the reporting bundle). */
class InvalidReportParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final Object[] arguments;

	InvalidReportParameter(String parameter, String messageKey, Object... arguments) {
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
