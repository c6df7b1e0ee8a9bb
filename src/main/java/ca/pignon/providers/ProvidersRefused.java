package ca.pignon.providers;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;

/** A command of the provider module is refused: every reason, each with its field, message key and arguments. */
public class ProvidersRefused extends Refused {

	public ProvidersRefused(List<Problem> problems) {
		super(problems);
	}

	public ProvidersRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
