package ca.pignon.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The diagnostic refuses a write: one or more problems, each with its message key, arguments and the question (or
 * field) it is about, for the page to show next to it and in the error summary.
 */
public class DiagnosticRefused extends RuntimeException {

	/** @param field a question id, {@code note}, {@code source}, or null for the whole form */
	public record Problem(@Nullable String field, String messageKey, List<Object> arguments) {
	}

	private final List<Problem> problems;

	public DiagnosticRefused(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static DiagnosticRefused because(String messageKey, Object... arguments) {
		return new DiagnosticRefused(List.of(new Problem(null, messageKey, List.of(arguments))));
	}

	public List<Problem> problems() {
		return problems;
	}

}
