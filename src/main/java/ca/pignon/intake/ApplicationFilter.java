package ca.pignon.intake;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff narrow the list of applications by; every criterion is optional.
 *
 * @param municipality a municipality code (census subdivision)
 * @param arrondissement an arrondissement code
 * @param sector a NAICS sector code (two digits, or a range such as {@code 44-45})
 * @param text words of the business's name
 */
public record ApplicationFilter(@Nullable ApplicationStatus status, @Nullable Eligibility eligibility,
		@Nullable String municipality, @Nullable String arrondissement, @Nullable String sector,
		@Nullable LocalDate submittedFrom, @Nullable LocalDate submittedTo, @Nullable String text) {

	public static ApplicationFilter none() {
		return new ApplicationFilter(null, null, null, null, null, null, null, null);
	}

}
