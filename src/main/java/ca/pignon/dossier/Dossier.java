package ca.pignon.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;
import ca.pignon.shared.ApplicationId;

/**
 * A merchant's dossier as every module reads it.
 *
 * @param merchant the merchant's account
 * @param businessName the trade name, or the legal name when there is none
 * @param areas where the storefront is, one entry per territory layer that holds it
 * @param naicsCode the sector (NAICS Canada 2022), as the merchant chose it
 * @param advisor who accompanies the merchant now: set while the merchant is retained and assigned
 * @param assignedAt when that advisor was assigned (the start of the accompaniment, or of a hand-over)
 * @param cohort the intake round (selection's round id) of the last decision
 * @param outcome the last selection decision, none before one
 * @param reviewers who reviews the application in its round now (assigned, with no conflict of interest declared)
 */
public record Dossier(ApplicationId applicationId, AccountId merchant, String businessName, List<DossierArea> areas,
		@Nullable String naicsCode, @Nullable EmployeeBand employeeBand, EligibilityStatus eligibility,
		@Nullable SelectionOutcome outcome, @Nullable AccountId advisor, @Nullable Instant assignedAt,
		@Nullable UUID cohort, DossierStage stage, Instant submittedAt, Set<AccountId> reviewers) {

	public Dossier {
		areas = List.copyOf(areas);
		reviewers = Set.copyOf(reviewers);
	}

	public boolean eligible() {
		return eligibility == EligibilityStatus.ELIGIBLE;
	}

	public Optional<DossierArea> area(String layer) {
		return areas.stream().filter(area -> area.layer().equals(layer)).findFirst();
	}

	/**
	 * The program's area of the dossier, the one rule every module uses: the arrondissement inside Ville de Québec
	 * (the only municipality cut into arrondissements), otherwise the municipality.
	 */
	public Optional<DossierArea> programArea() {
		return area(DossierArea.ARRONDISSEMENT).or(() -> area(DossierArea.MUNICIPALITY));
	}

	/** The first three digits of the NAICS code: the sector group peers are compared within. */
	public Optional<String> sectorGroup() {
		return naicsCode == null || naicsCode.length() < 3 ? Optional.empty() : Optional.of(naicsCode.substring(0, 3));
	}

	/** Whether this advisor accompanies the merchant now. */
	public boolean followedBy(AccountId account) {
		return account.equals(advisor);
	}

}
