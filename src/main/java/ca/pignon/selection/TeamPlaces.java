package ca.pignon.selection;

import java.util.Set;

import ca.pignon.shared.AccountId;

/**
 * An advisor team of a round and the number of merchants it can take in that round.
 *
 * @param advisors the staff accounts (advisors or managers) who accompany the team's merchants
 */
public record TeamPlaces(String name, int places, Set<AccountId> advisors) {
}
