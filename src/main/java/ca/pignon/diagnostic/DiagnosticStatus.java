package ca.pignon.diagnostic;

public enum DiagnosticStatus {

	IN_PROGRESS, COMPLETED

}
