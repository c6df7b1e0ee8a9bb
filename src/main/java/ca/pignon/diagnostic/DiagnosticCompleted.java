package ca.pignon.diagnostic;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

/** A diagnostic was marked complete: its scores are final. For the action plan and the reports. */
public record DiagnosticCompleted(ApplicationId applicationId, DiagnosticId diagnosticId, DiagnosticKind kind,
		int bankVersion, int formulaVersion, int overall, Instant completedAt) {
}
