package ca.pignon.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Refused;

/** A command of the content module is refused: every reason, each with its field, message key and arguments. */
public class ContentRefused extends Refused {

	public ContentRefused(List<Problem> problems) {
		super(problems);
	}

	public ContentRefused(@Nullable String field, String messageKey, Object... arguments) {
		super(field, messageKey, arguments);
	}

}
