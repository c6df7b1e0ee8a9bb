package ca.pignon.diagnostic.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.pignon.diagnostic.Answer;
import ca.pignon.diagnostic.QuestionBank;

/**
 * A small bank with one question of each type, a "not applicable" choice and a conditional question, for the formula's
 * tests: two dimensions, alpha (weight 2) and beta (weight 1).
 */
public final class TestBank {

	static final String SOURCE = """
			dimensions:
			  - id: alpha
			    weight: 2
			    title: {fr: Alpha, en: Alpha}
			    intro: {fr: Intro, en: Intro}
			    strength: {fr: Force, en: Strength}
			    gap: {fr: Écart, en: Gap}
			    questions:
			      - id: a-single
			        type: single
			        text: {fr: Un choix, en: One choice}
			        choices:
			          - {id: x, points: 0, text: {fr: X, en: X}}
			          - {id: "y", points: 1, text: {fr: Y, en: Y}}
			          - {id: z, points: 4, text: {fr: Z, en: Z}}
			          - {id: na, points: 0, notApplicable: true, text: {fr: Sans objet, en: Not applicable}}
			      - id: a-conditional
			        type: single
			        showWhen: {question: a-single, anyOf: [z]}
			        text: {fr: Si Z, en: If Z}
			        choices:
			          - {id: m, points: 0, text: {fr: M, en: M}}
			          - {id: "n", points: 2, text: {fr: N, en: N}}
			      - id: a-multiple
			        type: multiple
			        cap: 2
			        text: {fr: Plusieurs, en: Several}
			        choices:
			          - {id: p, points: 1, text: {fr: P, en: P}}
			          - {id: q, points: 1, text: {fr: Q, en: Q}}
			          - {id: r, points: 1, text: {fr: R, en: R}}
			          - {id: none, points: 0, exclusive: true, text: {fr: Aucun, en: None}}
			      - id: a-scale
			        type: scale
			        weight: 2
			        text: {fr: Échelle, en: Scale}
			      - id: a-number
			        type: number
			        min: 0
			        max: 80
			        text: {fr: Heures, en: Hours}
			        bands:
			          - {from: 0, points: 0}
			          - {from: 1, points: 40}
			          - {from: 5, points: 100}
			      - id: a-text
			        type: text
			        text: {fr: Texte, en: Text}
			  - id: beta
			    title: {fr: Bêta, en: Beta}
			    intro: {fr: Intro, en: Intro}
			    strength: {fr: Force, en: Strength}
			    gap: {fr: Écart, en: Gap}
			    questions:
			      - id: b-apn
			        type: already-planned-no
			        text: {fr: Déjà, en: Already}
			""";

	private TestBank() {
	}

	public static QuestionBank bank() {
		var outcome = BankReader.read(SOURCE, 1);
		if (outcome.bank() == null) {
			throw new AssertionError(outcome.problems());
		}
		return outcome.bank();
	}

	/** Answers as pairs: question id, then its values separated by commas. */
	static Map<String, Answer> answers(String... pairs) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			answers.put(pairs[i], new Answer(pairs[i], List.copyOf(Arrays.asList(pairs[i + 1].split(",")))));
		}
		return answers;
	}

}
