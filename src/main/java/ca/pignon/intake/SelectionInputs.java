package ca.pignon.intake;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * What selection reads of an application: its eligibility and the answers the selection grid scores. Read-only, as
 * the application stood when asked; selection keeps its own copy of what it scored.
 *
 * @param hasWebsite the merchant gave a website address
 * @param hasOtherPresence the merchant gave a Facebook page, an Instagram account or other links
 * @param arrondissementCode the arrondissement of Ville de Québec the storefront was placed in, if any
 */
public record SelectionInputs(ApplicationId id, AccountId accountId, ApplicationStatus status,
		@Nullable Instant submittedAt, @Nullable Eligibility eligibility, String businessName,
		@Nullable HoursPerWeek hoursPerWeek, @Nullable WorkBy workBy, boolean hasWebsite, boolean hasOtherPresence,
		@Nullable Integer employees, @Nullable String naicsCode, @Nullable String municipalityCode,
		@Nullable String municipalityName, @Nullable String arrondissementCode, @Nullable String arrondissementName,
		Set<Goal> goals, @Nullable String goalsOther) {

	/** Submitted and eligible: a candidate for selection. */
	public boolean isCandidate() {
		return status == ApplicationStatus.SUBMITTED && eligibility == Eligibility.ELIGIBLE && submittedAt != null;
	}

	static SelectionInputs of(MerchantApplication application) {
		var business = application.business();
		var commitment = application.commitment();
		var online = application.online();
		var location = application.location();
		String name = application.businessName();
		return new SelectionInputs(application.applicationId(), application.accountId(), application.status(),
				application.submittedAt(),
				application.assessment() == null ? null : application.assessment().eligibility(), name,
				commitment == null ? null : commitment.hoursPerWeek(), commitment == null ? null : commitment.workBy(),
				online != null && online.website() != null,
				online != null && (online.facebook() != null || online.instagram() != null
						|| online.otherLinks() != null),
				business == null ? null : business.employees(), business == null ? null : business.naicsCode(),
				location == null ? null : location.municipalityCode(),
				location == null ? null : location.municipalityName(),
				location == null ? null : location.arrondissementCode(),
				location == null ? null : location.arrondissementName(), online == null ? Set.of() : online.goalSet(),
				online == null ? null : online.goalsOther());
	}

}
