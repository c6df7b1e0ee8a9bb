package ca.pignon.providers;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import ca.pignon.shared.AccountId;

/**
 * Which declared interests conflict with a brief: those of the people handling it (the merchant's advisor, and the
 * manager who took it over) with a provider on its active shortlist. A conflict stays shown, with the manager's
 * decision once taken; a take-over settles every link of the person the brief was taken from.
 */
final class ConflictPolicy {

	private ConflictPolicy() {
	}

	/** A manager's decision on a brief, about one person's link with one provider. */
	record Decision(AccountId account, ProviderId provider, ConflictDecision decision, String reason) {
	}

	static List<Conflict> conflicts(Collection<AccountId> handlers, Collection<Interest> interests,
			Collection<ShortlistEntry> shortlist, Collection<Decision> decisions) {
		Set<ProviderId> listed = shortlist.stream()
			.filter(ShortlistEntry::active)
			.map(ShortlistEntry::provider)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet());
		return interests.stream()
			.filter(interest -> handlers.contains(interest.account()) && listed.contains(interest.provider()))
			.map(interest -> {
				Decision decision = decisionOn(interest, decisions);
				return new Conflict(interest.account(), interest.provider(), interest.providerName(), interest.nature(),
						decision == null ? null : decision.decision(), decision == null ? null : decision.reason());
			})
			.toList();
	}

	/** The latest decision on this person and provider; a take-over covers every provider of that person. */
	private static @Nullable Decision decisionOn(Interest interest, Collection<Decision> decisions) {
		Decision found = null;
		for (Decision decision : decisions) {
			boolean samePerson = decision.account().equals(interest.account());
			if (samePerson && (decision.decision() == ConflictDecision.TAKEN_OVER
					|| decision.provider().equals(interest.provider()))) {
				found = decision;
			}
		}
		return found;
	}

	/** Whether this person may still change the brief's shortlist or send it. */
	static boolean mayHandle(AccountId person, Collection<Decision> decisions) {
		return decisions.stream()
			.noneMatch(d -> d.decision() == ConflictDecision.TAKEN_OVER && d.account().equals(person));
	}

}
