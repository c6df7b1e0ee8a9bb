package ca.pignon.progress;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;

/**
 * A change to a task is refused: the message key says why, next to the field it is about ({@code evidenceUrl},
 * {@code note}, {@code file}, {@code body}, or null for the whole form).
 */
public class ProgressRefused extends Refused {

	public ProgressRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

	public List<Object> arguments() {
		return problems().get(0).arguments();
	}

}
