package ca.pignon.selection.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.selection.AdvisorSuggestion;
import ca.pignon.selection.StaffRef;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;

/** Advisors are suggested by caseload and area, those whose team has a place left first. */
class AdvisorOrderTests {

	@Test
	void suggestsTheLightestCaseloadFirst() {
		var busy = advisor("Béatrice", 6, false, 3);
		var light = advisor("Alain", 2, false, 3);

		assertThat(AdvisorOrder.order(List.of(busy, light), 2)).containsExactly(light, busy);
	}

	@Test
	void anAdvisorWhoCoversTheAreaComesFirstUnlessTheyCarryMoreThanTheAffinityMore() {
		var local = advisor("Zoé", 4, true, 3);
		var other = advisor("Alain", 2, false, 3);
		var lighter = advisor("Béatrice", 1, false, 3);

		// 4 - 2 = 2 is no more than Alain's 2: Zoé first; Béatrice's 1 is lighter still
		assertThat(AdvisorOrder.order(List.of(other, local, lighter), 2)).containsExactly(lighter, local, other);
		// without affinity, the caseload alone decides
		assertThat(AdvisorOrder.order(List.of(other, local, lighter), 0)).containsExactly(lighter, other, local);
	}

	@Test
	void advisorsWhoseTeamIsFullComeLast() {
		var full = advisor("Alain", 0, true, 0);
		var free = advisor("Béatrice", 9, false, 1);

		assertThat(AdvisorOrder.order(List.of(full, free), 2)).containsExactly(free, full);
		assertThat(full.available()).isFalse();
	}

	@Test
	void equalAdvisorsAreInFrenchAlphabeticalOrder() {
		var emile = advisor("Émile", 1, false, 2);
		var eric = advisor("Eric", 1, false, 2);
		var denis = advisor("Denis", 1, false, 2);

		assertThat(AdvisorOrder.order(List.of(eric, emile, denis), 2)).containsExactly(denis, emile, eric);
	}

	static AdvisorSuggestion advisor(String name, int caseload, boolean coversArea, int placesLeft) {
		return new AdvisorSuggestion(new StaffRef(new AccountId(UUID.randomUUID()), name), "Équipe", caseload,
				coversArea, placesLeft);
	}

}
