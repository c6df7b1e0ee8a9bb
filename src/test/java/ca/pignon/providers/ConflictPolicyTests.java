package ca.pignon.providers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;

/** Which declared interests are flagged on a brief, and what a manager's decision settles. */
class ConflictPolicyTests {

	AccountId advisor = new AccountId(UUID.randomUUID());

	AccountId otherAdvisor = new AccountId(UUID.randomUUID());

	ProviderId cousin = new ProviderId(UUID.randomUUID());

	ProviderId stranger = new ProviderId(UUID.randomUUID());

	ProviderId formerEmployer = new ProviderId(UUID.randomUUID());

	@Test
	void aLinkOfTheAdvisorHandlingTheBriefWithAShortlistedProviderIsFlagged() {
		// given
		List<Interest> interests = List.of(interest(advisor, cousin, "Mon cousin"),
				interest(advisor, formerEmployer, "Ancien employeur"), interest(otherAdvisor, stranger, "Amie"));
		List<ShortlistEntry> shortlist = List.of(entry(cousin, false), entry(stranger, false),
				entry(formerEmployer, true));
		// when
		List<Conflict> conflicts = ConflictPolicy.conflicts(List.of(advisor), interests, shortlist, List.of());
		// then: the removed provider and the other advisor's link do not count
		assertThat(conflicts).singleElement().satisfies(conflict -> {
			assertThat(conflict.account()).isEqualTo(advisor);
			assertThat(conflict.provider()).isEqualTo(cousin);
			assertThat(conflict.nature()).isEqualTo("Mon cousin");
			assertThat(conflict.open()).isTrue();
		});
	}

	@Test
	void aConfirmationSettlesThatProviderOnlyAndATakeOverEveryLinkOfThePerson() {
		// given
		List<Interest> interests = List.of(interest(advisor, cousin, "Mon cousin"),
				interest(advisor, formerEmployer, "Ancien employeur"));
		List<ShortlistEntry> shortlist = List.of(entry(cousin, false), entry(formerEmployer, false));
		var confirmed = new ConflictPolicy.Decision(advisor, cousin, ConflictDecision.CONFIRMED, "Lien lointain");
		// when
		List<Conflict> afterConfirmation = ConflictPolicy.conflicts(List.of(advisor), interests, shortlist,
				List.of(confirmed));
		var takenOver = new ConflictPolicy.Decision(advisor, cousin, ConflictDecision.TAKEN_OVER, "Par prudence");
		List<Conflict> afterTakeOver = ConflictPolicy.conflicts(List.of(advisor), interests, shortlist,
				List.of(confirmed, takenOver));
		// then
		assertThat(afterConfirmation).extracting(Conflict::provider, Conflict::decision)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(cousin, ConflictDecision.CONFIRMED),
					org.assertj.core.groups.Tuple.tuple(formerEmployer, null));
		assertThat(afterTakeOver).extracting(Conflict::decision).containsOnly(ConflictDecision.TAKEN_OVER);
		assertThat(ConflictPolicy.mayHandle(advisor, List.of(confirmed))).isTrue();
		assertThat(ConflictPolicy.mayHandle(advisor, List.of(confirmed, takenOver))).isFalse();
		assertThat(ConflictPolicy.mayHandle(otherAdvisor, List.of(confirmed, takenOver))).isTrue();
	}

	private static Interest interest(AccountId account, ProviderId provider, String nature) {
		return new Interest(UUID.randomUUID(), account, provider, "Fournisseur " + provider.value(), nature,
				Instant.now());
	}

	private static ShortlistEntry entry(ProviderId provider, boolean removed) {
		return new ShortlistEntry(UUID.randomUUID(), provider, "Fournisseur", "f@exemple.test", 1, RequestOrigin.DRAWN,
				removed, null, null, false, null, null);
	}

}
