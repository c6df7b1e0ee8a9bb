package ca.pignon.providers;

import java.util.List;

import ca.pignon.shared.AccountId;

/**
 * For managers, so that steering toward one vendor shows: per provider, how often shortlisted, quoted and chosen; per
 * advisor, the providers on their merchants' shortlists and those their merchants chose.
 */
public record NeutralityReport(List<ProviderLine> providers, List<AdvisorLine> advisors) {

	/** @param addedByStaff how often staff added them by hand, rather than the draw */
	public record ProviderLine(String name, int shortlisted, int addedByStaff, int quoted, int chosen) {
	}

	/** @param shortlisted provider name → times on a shortlist of this advisor's merchants */
	public record AdvisorLine(AccountId advisor, String advisorName, List<Count> shortlisted, List<Count> chosen) {
	}

	public record Count(String provider, int times) {
	}

}
