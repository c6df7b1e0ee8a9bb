package ca.pignon.diagnostic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.MaturityLevel;
import ca.pignon.diagnostic.Question;
import ca.pignon.diagnostic.QuestionBank;
import ca.pignon.diagnostic.Scores;

import static ca.pignon.diagnostic.internal.TestBank.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScoringTests {

	final QuestionBank bank = TestBank.bank();

	@Test
	void aSingleChoiceScoresItsPointsOverTheBestChoicesPoints() {
		Question question = bank.question("a-single").orElseThrow();
		assertThat(fraction(question, "z")).isEqualByComparingTo("1");
		assertThat(fraction(question, "y")).isEqualByComparingTo(ratio(1, 4));
		assertThat(fraction(question, "x")).isEqualByComparingTo("0");
	}

	@Test
	void aNotApplicableChoiceTakesTheQuestionOutOfTheScore() {
		assertThat(Scoring.fraction(bank.question("a-single").orElseThrow(), List.of("na"))).isEmpty();
		// the dimension is then scored on its other questions only
		Scores scores = Scoring.score(bank, answers("a-single", "na", "a-scale", "5"));
		assertThat(scores.of("alpha").orElseThrow().score()).isEqualTo(100);
	}

	@Test
	void aMultipleChoiceAddsTheTickedPointsUpToItsCap() {
		Question question = bank.question("a-multiple").orElseThrow();
		assertThat(fraction(question, "p")).isEqualByComparingTo(ratio(1, 2));
		assertThat(fraction(question, "p", "q")).isEqualByComparingTo("1");
		assertThat(fraction(question, "p", "q", "r")).as("capped at 2").isEqualByComparingTo("1");
		assertThat(fraction(question, "none")).isEqualByComparingTo("0");
	}

	@Test
	void aScaleScoresItsValueOverFive() {
		Question question = bank.question("a-scale").orElseThrow();
		for (int value = 0; value <= 5; value++) {
			assertThat(fraction(question, String.valueOf(value))).isEqualByComparingTo(ratio(value, 5));
		}
	}

	@Test
	void alreadyPlannedNoScoreOneHalfAndNothing() {
		Question question = bank.question("b-apn").orElseThrow();
		assertThat(fraction(question, "ALREADY")).isEqualByComparingTo("1");
		assertThat(fraction(question, "PLANNED")).isEqualByComparingTo(ratio(1, 2));
		assertThat(fraction(question, "NO")).isEqualByComparingTo("0");
	}

	@Test
	void aNumberScoresThePointsOfItsBand() {
		Question question = bank.question("a-number").orElseThrow();
		assertThat(fraction(question, "0")).isEqualByComparingTo("0");
		assertThat(fraction(question, "0.5")).isEqualByComparingTo("0");
		assertThat(fraction(question, "1")).isEqualByComparingTo(ratio(40, 100));
		assertThat(fraction(question, "4.9")).isEqualByComparingTo(ratio(40, 100));
		assertThat(fraction(question, "5")).isEqualByComparingTo("1");
		assertThat(fraction(question, "40")).isEqualByComparingTo("1");
	}

	@Test
	void aShortTextIsNeverScored() {
		assertThat(Scoring.fraction(bank.question("a-text").orElseThrow(), List.of("Plus de clients"))).isEmpty();
		Scores withText = Scoring.score(bank, answers("a-scale", "2", "a-text", "Plus de clients"));
		Scores without = Scoring.score(bank, answers("a-scale", "2"));
		assertThat(withText).isEqualTo(without);
	}

	@Test
	void unansweredQuestionsAreLeftOutAndADimensionWithoutAnswersHasNoScore() {
		// given only the scale answered in alpha, nothing in beta
		Scores scores = Scoring.score(bank, answers("a-scale", "3"));
		// then alpha is the scale alone, beta has no score and the overall is alpha's
		assertThat(scores.of("alpha").orElseThrow().score()).isEqualTo(60);
		assertThat(scores.of("beta").orElseThrow().score()).isNull();
		assertThat(scores.overall()).isEqualTo(60);
	}

	@Test
	void questionsWeighInTheirDimensionAndDimensionsInTheOverallScore() {
		// given single z (1, weight 1), scale 1 (1/5, weight 2), number 1 (40/100, weight 1) in alpha; beta PLANNED
		Scores scores = Scoring.score(bank, answers("a-single", "z", "a-scale", "1", "a-number", "1", "b-apn",
				"PLANNED"));
		// then alpha = 100 × (1 + 2 × 1/5 + 0.4) / 4, beta = 50, overall = (2 × alpha + 1 × beta) / 3
		int alpha = BigDecimal.valueOf(100 * (1 + 0.4 + 0.4) / 4).setScale(0, RoundingMode.HALF_UP).intValue();
		assertThat(scores.of("alpha").orElseThrow().score()).isEqualTo(alpha);
		assertThat(scores.of("beta").orElseThrow().score()).isEqualTo(50);
		assertThat(scores.overall()).isEqualTo(BigDecimal.valueOf((2 * alpha + 50) / 3.0)
			.setScale(0, RoundingMode.HALF_UP)
			.intValue());
		assertThat(scores.formulaVersion()).isEqualTo(Scoring.FORMULA_VERSION);
	}

	@Test
	void theSameAnswersAlwaysGiveTheSameScores() {
		var given = answers("a-single", "y", "a-multiple", "p,r", "a-scale", "4", "b-apn", "ALREADY");
		assertThat(Scoring.score(bank, given)).isEqualTo(Scoring.score(TestBank.bank(), given));
	}

	@Test
	void levelsFollowTheFourBandsOfTheEuropeanAssessment() {
		assertThat(MaturityLevel.of(0)).isEqualTo(MaturityLevel.BEGINNER);
		assertThat(MaturityLevel.of(24)).isEqualTo(MaturityLevel.BEGINNER);
		assertThat(MaturityLevel.of(25)).isEqualTo(MaturityLevel.INTERMEDIATE);
		assertThat(MaturityLevel.of(49)).isEqualTo(MaturityLevel.INTERMEDIATE);
		assertThat(MaturityLevel.of(50)).isEqualTo(MaturityLevel.ADVANCED);
		assertThat(MaturityLevel.of(74)).isEqualTo(MaturityLevel.ADVANCED);
		assertThat(MaturityLevel.of(75)).isEqualTo(MaturityLevel.EXEMPLARY);
		assertThat(MaturityLevel.of(100)).isEqualTo(MaturityLevel.EXEMPLARY);
		assertThatIllegalArgumentException().isThrownBy(() -> MaturityLevel.of(101));
		assertThatIllegalArgumentException().isThrownBy(() -> MaturityLevel.of(-1));
	}

	@Test
	void theShippedBankScoresEveryBestAnswerAtOneHundred() {
		QuestionBank shipped = ShippedBank.read();
		var best = new java.util.LinkedHashMap<String, ca.pignon.diagnostic.Answer>();
		for (Question question : shipped.questions()) {
			List<String> values = switch (question.type()) {
				case SINGLE -> List.of(question.choices().stream().max(java.util.Comparator.comparingInt(c -> c.points())).orElseThrow().id());
				case MULTIPLE -> question.choices().stream().filter(c -> !c.exclusive()).map(c -> c.id()).toList();
				case SCALE -> List.of("5");
				case ALREADY_PLANNED_NO -> List.of("ALREADY");
				case NUMBER -> List.of(question.bands().get(question.bands().size() - 1).from().toPlainString());
				case TEXT -> List.of("Texte");
			};
			best.put(question.id(), new ca.pignon.diagnostic.Answer(question.id(), values));
		}
		Scores scores = Scoring.score(shipped, best);
		assertThat(scores.dimensions()).allSatisfy(score -> assertThat(score.score()).isEqualTo(100));
		assertThat(scores.overall()).isEqualTo(100);
	}

	private static BigDecimal fraction(Question question, String... values) {
		return Scoring.fraction(question, List.of(values)).orElseThrow();
	}

	private static BigDecimal ratio(int a, int b) {
		return BigDecimal.valueOf(a).divide(BigDecimal.valueOf(b), 10, RoundingMode.HALF_UP);
	}

}
