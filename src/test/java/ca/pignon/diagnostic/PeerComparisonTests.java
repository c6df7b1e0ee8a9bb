package ca.pignon.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import ca.pignon.intake.ApplicationDetails;
import ca.pignon.platform.PignonUser;
import ca.pignon.platform.Role;

import static ca.pignon.intake.ApplicationFixture.FRENCH;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The peer comparison never shows a group of fewer than five other merchants, and nothing in it points to one of them.
 * Every merchant of these tests shares the sector (445) and the arrondissement (La Cité-Limoilou).
 */
@DiagnosticSpringTest
class PeerComparisonTests {

	static final String[] PEERS = { "Épicerie Alpha", "Épicerie Bêta", "Épicerie Gamma", "Épicerie Delta",
			"Épicerie Epsilon" };

	@Autowired
	ApplicationContext context;

	@Autowired
	DiagnosticManagement diagnostics;

	@Autowired
	DiagnosticReader reader;

	DiagnosticFixture fixture;

	PignonUser advisor;

	ApplicationDetails merchant;

	List<ApplicationDetails> peers;

	DiagnosticId diagnostic;

	@BeforeEach
	void aMerchantWithACompletedDiagnosticAndFivePeersNotDiagnosedYet() {
		fixture = new DiagnosticFixture(context);
		fixture.reset();
		advisor = fixture.staff("Anne Tremblay", Role.ADVISOR);
		List<String> names = new ArrayList<>(List.of("Boulangerie du Quai"));
		names.addAll(List.of(PEERS));
		List<ApplicationDetails> retained = fixture.retained(advisor, names.toArray(String[]::new));
		merchant = retained.get(0);
		peers = retained.subList(1, retained.size());
		diagnostic = fixture.completed(merchant.id(), advisor, Set.of("website"));
	}

	@Test
	void fourOtherMerchantsAreNotEnoughToCompare() {
		// given four peers with a completed diagnostic
		for (int i = 0; i < 4; i++) {
			fixture.completed(peers.get(i).id(), advisor, Set.of("goals", "visibility"));
		}
		// then nothing is compared
		assertThat(reader.result(diagnostic, false, FRENCH).peers()).isEmpty();
	}

	@Test
	void fiveOtherMerchantsOfTheSameSectorAndAreaAreComparedByMedianAndMean() {
		// given five peers, three strong in visibility, two weak
		List<DiagnosticId> others = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			others.add(fixture.completed(peers.get(i).id(), advisor, i < 3 ? Set.of("visibility") : Set.of()));
		}
		// when
		DiagnosticResult result = reader.result(diagnostic, false, FRENCH);
		// then both groups appear, each with the median and mean of the others' stored scores
		List<Integer> visibility = others.stream().map(id -> diagnostics.storedScores(id).get("visibility")).sorted().toList();
		assertThat(result.peers()).extracting(PeerGroup::basis).containsExactly("SECTOR", "AREA");
		assertThat(result.peers()).allSatisfy(group -> {
			assertThat(group.size()).isEqualTo(5);
			assertThat(group.figure("visibility").median()).isEqualTo(visibility.get(2));
			assertThat(group.figure("visibility").mean())
				.isEqualTo(Math.round(visibility.stream().mapToInt(Integer::intValue).sum() / 5.0f));
		});
		assertThat(result.peers().get(0).label()).isEqualTo("445");
		// and nothing in it names or identifies a peer
		String shown = result.peers().toString();
		for (ApplicationDetails peer : peers) {
			assertThat(shown).doesNotContain(peer.displayName(), peer.id().value().toString(),
					peer.accountId().value().toString());
		}
		others.forEach(id -> assertThat(shown).doesNotContain(id.toString()));
	}

}
