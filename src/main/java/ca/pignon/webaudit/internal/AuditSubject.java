package ca.pignon.webaudit.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the application says about the business, for the checks that compare it with the site: the storefront's civic
 * number and street, the phone number and the social profiles.
 */
public record AuditSubject(@Nullable String civicNumber, @Nullable String street, @Nullable String phone,
		List<String> socialProfiles) {

	public AuditSubject {
		socialProfiles = List.copyOf(socialProfiles);
	}

	public static AuditSubject none() {
		return new AuditSubject(null, null, null, List.of());
	}

	boolean hasAddress() {
		return civicNumber != null && !civicNumber.isBlank() && street != null && !street.isBlank();
	}

	boolean hasPhone() {
		return phone != null && ca.pignon.shared.PhoneNumbers.isValid(phone);
	}

}
