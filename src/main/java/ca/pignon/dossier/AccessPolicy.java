package ca.pignon.dossier;

import ca.pignon.platform.Role;
import ca.pignon.shared.AccountId;

/**
 * Who may see and act on a dossier: the merchant their own, the advisor the merchants they accompany now, managers and
 * administrators every dossier; the City none (it reads aggregates only). Anyone else is told the dossier does not
 * exist, so that guessing ids reveals nothing.
 */
final class AccessPolicy {

	private AccessPolicy() {
	}

	static boolean allows(Role role, AccountId person, Dossier dossier) {
		return switch (role) {
			case MERCHANT -> dossier.merchant().equals(person);
			case ADVISOR -> dossier.followedBy(person);
			case MANAGER, ADMIN -> true;
			case CITY -> false;
		};
	}

}
