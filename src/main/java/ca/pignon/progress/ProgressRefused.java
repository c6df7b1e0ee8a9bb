package ca.pignon.progress;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change to a task is refused: the message key says why, next to the field it is about.
 *
 * @param field {@code evidenceUrl}, {@code note}, {@code file}, {@code body}, or null for the whole form
 */
public class ProgressRefused extends RuntimeException {

	private final @Nullable String field;

	private final String messageKey;

	private final List<Object> arguments;

	public ProgressRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public @Nullable String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	public List<Object> arguments() {
		return arguments;
	}

}
