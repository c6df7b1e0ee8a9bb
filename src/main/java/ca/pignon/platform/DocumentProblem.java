package ca.pignon.platform;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;

/**
 * What is wrong with a document a manager wants to publish, or with its form: a message key and its arguments (in
 * the message bundles, French and English), the line of the source it is about when it is known, and the form field
 * it belongs next to.
 *
 * @param line 1-based line of the source, or null when the problem is about the whole file or another document
 * @param field {@code source}, {@code file} or {@code note}
 */
public record DocumentProblem(@Nullable Integer line, String field, String messageKey,
		List<Object> arguments) implements MessageSourceResolvable {

	public DocumentProblem {
		arguments = List.copyOf(arguments);
	}

	/** A problem of the source, at a line when one is known. */
	public static DocumentProblem at(@Nullable Integer line, String messageKey, Object... arguments) {
		return new DocumentProblem(line, "source", messageKey, List.of(arguments));
	}

	/** A problem of a form field other than the source. */
	public static DocumentProblem about(String field, String messageKey, Object... arguments) {
		return new DocumentProblem(null, field, messageKey, List.of(arguments));
	}

	/** The same problem, without its line: for a problem found in another document than the one being published. */
	public DocumentProblem withoutLine() {
		return new DocumentProblem(null, field, messageKey, arguments);
	}

	/** The problem in words, its line first when it is known ("Ligne 12 : …"). */
	public String describe(MessageSource messages, Locale locale) {
		String message = messages.getMessage(this, locale);
		return line == null ? message
				: messages.getMessage("platform.documents.problem.atLine", new Object[] { line, message }, locale);
	}

	@Override
	public String[] getCodes() {
		return new String[] { messageKey };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public @Nullable String getDefaultMessage() {
		return null;
	}

}
