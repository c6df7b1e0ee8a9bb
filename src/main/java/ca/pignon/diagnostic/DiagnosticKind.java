package ca.pignon.diagnostic;

/** When the diagnostic is done: at the start of the accompaniment (T0) or at its end (T1), on the same scale. */
public enum DiagnosticKind {

	T0, T1

}
