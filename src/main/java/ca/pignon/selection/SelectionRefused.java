package ca.pignon.selection;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;

/**
 * The selection workflow refuses an operation (out of order, on a stale version, invalid): carries the message key
 * of the reason, its arguments and, for form errors, the field at fault. Resolve it with
 * {@code messageSource.getMessage(refused, locale)}: arguments that are themselves resolvable (what changed) are
 * translated too.
 */
public class SelectionRefused extends Refused {

	public SelectionRefused(String messageKey, Object... arguments) {
		super(null, messageKey, arguments);
	}

	private SelectionRefused(@Nullable String field, String messageKey, Object[] arguments) {
		super(field, messageKey, arguments);
	}

	/** A refusal about one form field (a criterion's code, {@code reasonText}…), for the page to show next to it. */
	public static SelectionRefused about(String field, String messageKey, Object... arguments) {
		return new SelectionRefused(field, messageKey, arguments);
	}

	public Object[] arguments() {
		return getArguments();
	}

}
