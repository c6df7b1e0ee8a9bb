package ca.pignon.selection;

import java.time.Instant;
import java.util.Set;

import ca.pignon.shared.AccountId;

/**
 * The areas an advisor covers changed (arrondissement codes, or municipality codes outside Ville de Québec): they see
 * the applications of those areas that wait for an eligibility check.
 */
public record AdvisorAreasSet(AccountId advisor, Set<String> areas, Instant setAt) {

	public AdvisorAreasSet {
		areas = Set.copyOf(areas);
	}

}
