package ca.pignon.diagnostic;

import java.util.List;

import ca.pignon.platform.Refused;

/**
 * The diagnostic refuses a write: one or more problems, each with its message key, arguments and the question (or
 * field: {@code note}, {@code source}) it is about, for the page to show next to it and in the error summary.
 */
public class DiagnosticRefused extends Refused {

	public DiagnosticRefused(List<Problem> problems) {
		super(problems);
	}

	public static DiagnosticRefused because(String messageKey, Object... arguments) {
		return new DiagnosticRefused(List.of(Problem.about(null, messageKey, arguments)));
	}

}
