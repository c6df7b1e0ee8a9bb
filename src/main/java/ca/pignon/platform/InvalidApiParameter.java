package ca.pignon.platform;

/**
 * A parameter of an API request that the handler refuses: answered 400 with problem details of type
 * {@link ProblemTypes#INVALID_PARAMETER}, naming the parameter, the message (its first argument is the parameter's name,
 * the others follow) in the request's language.
 */
public class InvalidApiParameter extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final Object[] arguments;

	public InvalidApiParameter(String parameter, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String parameter() {
		return parameter;
	}

	ApiProblem problem() {
		Object[] all = new Object[arguments.length + 1];
		all[0] = parameter;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return new ApiProblem(ProblemTypes.INVALID_PARAMETER, "platform.api.invalidParameter", messageKey, all,
				parameter);
	}

}
