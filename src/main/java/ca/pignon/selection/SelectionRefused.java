package ca.pignon.selection;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * The selection workflow refuses an operation (out of order, on a stale version, invalid): carries the message key
 * of the reason, its arguments and, for form errors, the field at fault. Resolve it with
 * {@code messageSource.getMessage(refused, locale)}: arguments that are themselves resolvable (what changed) are
 * translated too.
 */
public class SelectionRefused extends RuntimeException implements MessageSourceResolvable {

	private final String messageKey;

	private final @Nullable String field;

	private final Object[] arguments;

	public SelectionRefused(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	private SelectionRefused(@Nullable String field, String messageKey, Object[] arguments) {
		super(messageKey + (field == null ? "" : " [" + field + "]")
				+ (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments.clone();
	}

	/** A refusal about one form field (a criterion's code, {@code reasonText}…), for the page to show next to it. */
	public static SelectionRefused about(String field, String messageKey, Object... arguments) {
		return new SelectionRefused(field, messageKey, arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	/** The form field (a criterion code, {@code reasonText}…) the refusal is about, if any. */
	public @Nullable String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
