package ca.pignon.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * What intake tells the dossier when an application is submitted: the facts every later module reads.
 *
 * @param areas where the storefront was placed, one per layer; empty when it could not be placed
 */
public record SubmittedApplication(ApplicationId applicationId, AccountId merchant, String businessName,
		@Nullable String naicsCode, @Nullable Integer employees, List<DossierArea> areas, EligibilityStatus eligibility,
		Instant submittedAt) {

	public SubmittedApplication {
		areas = List.copyOf(areas);
	}

}
