package ca.pignon.content;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Three to five pillars from the differentiators and the answers, the same every time. */
class PillarPolicyTests {

	@Test
	void proposesThePillarsTheDifferentiatorsName() {
		// given
		ValueSheet sheet = sheet(List.of("Pain fait main chaque matin", "Au cœur du quartier Saint-Roch",
				"Une équipe familiale", "Produits bio et zéro gaspillage"), Map.of());
		// when
		List<PillarPolicy.Proposal> proposals = PillarPolicy.propose(sheet);
		// then
		assertThat(proposals).extracting(PillarPolicy.Proposal::kind)
			.containsExactly(PillarKind.BEHIND_THE_SCENES, PillarKind.NEIGHBOURHOOD, PillarKind.TEAM,
					PillarKind.VALUES);
		assertThat(proposals.get(1).because()).isEqualTo("Au cœur du quartier Saint-Roch");
	}

	@Test
	void ranksByScoreThenInTheKindsOrderAndKeepsFiveAtMost() {
		// given every kind named once, the signature named twice and answered
		ValueSheet sheet = sheet(List.of("Atelier, saison, quartier", "Conseils d’expert, équipe, notre spécialité",
				"Durable, clients fidèles", "La meilleure signature"), Map.of("signature", "Le croissant"));
		// when
		List<PillarPolicy.Proposal> proposals = PillarPolicy.propose(sheet);
		// then
		assertThat(proposals).hasSize(PillarPolicy.MAX)
			.extracting(PillarPolicy.Proposal::kind)
			.containsExactly(PillarKind.SIGNATURE, PillarKind.BEHIND_THE_SCENES, PillarKind.SEASONAL,
					PillarKind.NEIGHBOURHOOD, PillarKind.QUESTIONS);
	}

	@Test
	void completesToThreeWithTheDefaults() {
		// given nothing but an answer about the team
		ValueSheet sheet = sheet(List.of(), Map.of("people", "Marco et Julie"));
		// when / then
		assertThat(PillarPolicy.propose(sheet)).extracting(PillarPolicy.Proposal::kind)
			.containsExactly(PillarKind.TEAM, PillarKind.BEHIND_THE_SCENES, PillarKind.NEIGHBOURHOOD);
		assertThat(PillarPolicy.propose(ValueSheet.empty())).extracting(PillarPolicy.Proposal::kind)
			.containsExactlyElementsOf(PillarPolicy.DEFAULTS.subList(0, PillarPolicy.MIN));
	}

	@Test
	void givesTheSameProposalForTheSameSheet() {
		ValueSheet sheet = sheet(List.of("Fait main", "Local", "Sourire"), Map.of("values", "Le respect"));
		assertThat(PillarPolicy.propose(sheet)).isEqualTo(PillarPolicy.propose(sheet));
	}

	@Test
	void findsAWordAtTheStartOfAWordOnlyAccentsAndCaseAside() {
		assertThat(PillarPolicy.names(PillarPolicy.plain("Au cœur de la RUE Saint-Jean"), "rue")).isTrue();
		assertThat(PillarPolicy.names(PillarPolicy.plain("Une cruelle absence"), "rue")).isFalse();
		assertThat(PillarPolicy.names(PillarPolicy.plain("Récolte d’été"), "recolte")).isTrue();
	}

	private static ValueSheet sheet(List<String> differentiators, Map<String, String> answers) {
		return new ValueSheet(answers, "", differentiators, List.of(), "", "", "");
	}

}
