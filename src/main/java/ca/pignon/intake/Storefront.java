package ca.pignon.intake;

import org.jspecify.annotations.Nullable;

/**
 * Where the business receives its customers, and how.
 */
public record Storefront(String civicNumber, String street, @Nullable String unit, String municipality,
		String postalCode, ReceptionMode receptionMode) {

	public String oneLine() {
		return civicNumber + " " + street + (unit == null ? "" : ", " + unit) + ", " + municipality + " "
				+ postalCode;
	}

}
