package ca.pignon.diagnostic;

import java.time.Instant;

import ca.pignon.shared.ApplicationId;

public record DiagnosticStarted(ApplicationId applicationId, DiagnosticId diagnosticId, DiagnosticKind kind,
		int bankVersion, Instant startedAt) {
}
