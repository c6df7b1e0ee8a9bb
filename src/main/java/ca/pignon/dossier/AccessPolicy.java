package ca.pignon.dossier;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;

/**
 * Who may see and act on a dossier, by need ({@link Need}): the merchant their own; an advisor the merchants they
 * accompany now, and, for the application alone, those they review and those that wait for an eligibility check in
 * the areas they cover; managers and administrators every dossier (an application still a draft too); the City none
 * (it reads aggregates only). Anyone else is told the dossier does not exist, so that guessing ids reveals nothing.
 */
final class AccessPolicy {

	private AccessPolicy() {
	}

	/** @param dossier none for a draft application (not submitted yet) */
	static boolean allows(Role role, AccountId person, @Nullable Dossier dossier, Need need,
			Set<String> coveredAreas) {
		if (dossier == null) {
			return need == Need.APPLICATION && (role == Role.MANAGER || role == Role.ADMIN);
		}
		return switch (role) {
			case MERCHANT -> dossier.merchant().equals(person);
			case ADVISOR -> dossier.followedBy(person)
					|| need == Need.APPLICATION && (dossier.reviewers().contains(person) || awaitsCheckIn(dossier,
							coveredAreas));
			case MANAGER, ADMIN -> true;
			case CITY, PROVIDER -> false;
		};
	}

	/** The accompaniment only: kept for the callers that ask that need. */
	static boolean allows(Role role, AccountId person, Dossier dossier) {
		return allows(role, person, dossier, Need.ACCOMPANIMENT, Set.of());
	}

	private static boolean awaitsCheckIn(Dossier dossier, Set<String> coveredAreas) {
		return dossier.eligibility() == EligibilityStatus.TO_VERIFY
				&& dossier.programArea().map(area -> coveredAreas.contains(area.code())).orElse(false);
	}

}
