package ca.pignon.intake;

import org.jspecify.annotations.Nullable;

/**
 * @param neq Québec enterprise number, 10 digits, optional
 * @param naicsCode NAICS Canada 2022 code of the main activity
 */
public record Business(String legalName, @Nullable String tradeName, @Nullable String neq, String naicsCode,
		int employees) {
}
