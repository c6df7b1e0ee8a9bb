package ca.pignon.diagnostic;

import java.util.UUID;

public record DiagnosticId(UUID value) {

	public static DiagnosticId random() {
		return new DiagnosticId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}

}
