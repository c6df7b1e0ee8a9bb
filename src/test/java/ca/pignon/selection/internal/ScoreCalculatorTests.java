package ca.pignon.selection.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ca.pignon.shared.ApplicationId;
import ca.pignon.intake.ApplicationStatus;
import ca.pignon.intake.Eligibility;
import ca.pignon.intake.HoursPerWeek;
import ca.pignon.intake.SelectionInputs;
import ca.pignon.intake.WorkBy;
import ca.pignon.selection.AutomaticRule;
import ca.pignon.selection.CriterionDefinition;
import ca.pignon.selection.CriterionGroup;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's arithmetic: each automatic rule of the shipped grid, the weights, the normalisation to 100, the
 * subtotals, the reviewers' mean, what is missing and what is flagged.
 */
class ScoreCalculatorTests {

	static final GridVersion SHIPPED = new GridVersion(1, DefaultGrid.CRITERIA);

	/** A bakery of 4 employees, 3 to 5 hours a week by the owner, with a website: the fixture's answers. */
	static final AutomaticInputs BAKERY = new AutomaticInputs("THREE_TO_FIVE", "OWNER", "WEBSITE", 4, "445291");

	@ParameterizedTest(name = "{0} gives {1} of 4")
	@CsvSource({ "LESS_THAN_ONE, 0", "ONE_TO_TWO, 2", "THREE_TO_FIVE, 3", "MORE_THAN_FIVE, 4" })
	void hoursPerWeekGiveTheShippedPoints(HoursPerWeek hours, int expected) {
		// given
		var inputs = new AutomaticInputs(hours.name(), "OWNER", "WEBSITE", 4, "445291");

		// when
		var score = compute(inputs, Map.of());

		// then the criterion weighs 15 out of 100: 15 × value / 4 points
		assertThat(outcome(score, "HOURS_PER_WEEK").value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
		assertThat(outcome(score, "HOURS_PER_WEEK").points())
			.isEqualByComparingTo(BigDecimal.valueOf(15L * expected).divide(BigDecimal.valueOf(4)));
	}

	@ParameterizedTest(name = "{0} gives {1} of 4")
	@CsvSource({ "OWNER, 4", "EMPLOYEE, 3", "FAMILY_OR_PARTNER, 3", "PROVIDER, 1", "UNDECIDED, 0" })
	void whoDoesTheWorkGivesTheShippedPoints(WorkBy workBy, int expected) {
		var score = compute(new AutomaticInputs("THREE_TO_FIVE", workBy.name(), "WEBSITE", 4, "445291"), Map.of());

		assertThat(outcome(score, "WORK_BY").value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
		assertThat(outcome(score, "WORK_BY").points()).isEqualByComparingTo(BigDecimal.valueOf(10L * expected / 4.0));
	}

	@ParameterizedTest(name = "website {0}, other presence {1}: {2}, {3} of 4")
	@CsvSource({ "false, false, NONE, 4", "false, true, SOCIAL_ONLY, 2", "true, false, WEBSITE, 1",
			"true, true, WEBSITE, 1" })
	void onlinePresenceIsReadFromTheApplicationAndScoresHigherWithoutAny(boolean website, boolean other,
			String level, int expected) {
		// given
		var application = new SelectionInputs(new ApplicationId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
				ApplicationStatus.SUBMITTED, Instant.EPOCH, Eligibility.ELIGIBLE, "Commerce", HoursPerWeek.ONE_TO_TWO,
				WorkBy.OWNER, website, other, 3, "445291", "2423027", "Québec", "1", "La Cité-Limoilou", Set.of(),
				null);

		// when
		var inputs = AutomaticInputs.read(application);
		var score = compute(inputs, Map.of());

		// then
		assertThat(inputs.onlinePresence()).isEqualTo(level);
		assertThat(outcome(score, "ONLINE_PRESENCE").value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
	}

	@ParameterizedTest(name = "{0} employees give {1} of 4")
	@CsvSource({ "0, 3", "1, 3", "2, 4", "9, 4", "10, 3", "19, 3", "20, 1", "49, 1", "50, 0", "1200, 0" })
	void employeesAreMatchedByRanges(int employees, int expected) {
		var score = compute(new AutomaticInputs("THREE_TO_FIVE", "OWNER", "WEBSITE", employees, "445291"), Map.of());

		assertThat(outcome(score, "EMPLOYEES").input()).isEqualTo(String.valueOf(employees));
		assertThat(outcome(score, "EMPLOYEES").value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
	}

	@ParameterizedTest(name = "NAICS {0} gives {1} of 4")
	@CsvSource({ "445291, 4", "459210, 4", "722511, 4", "721111, 3", "711130, 3", "812116, 3", "311811, 2",
			"541430, 2" })
	void sectorIsMatchedByItsNaicsPrefix(String naics, int expected) {
		var score = compute(new AutomaticInputs("THREE_TO_FIVE", "OWNER", "WEBSITE", 4, naics), Map.of());

		assertThat(outcome(score, "SECTOR").value()).isEqualByComparingTo(BigDecimal.valueOf(expected));
	}

	@Test
	void theLongestMatchingPrefixWins() {
		// given a table where retail in general gives 1 but grocery stores (4451) give 3
		var grid = new GridVersion(2, List.of(CriterionDefinition
			.automatic("SECTOR", CriterionGroup.IMPACT, AutomaticRule.SECTOR, "44=1;4451=3;*=0", 1, 4)));

		// then
		assertThat(points(grid, "445110")).isEqualTo(3);
		assertThat(points(grid, "441110")).isEqualTo(1);
		assertThat(points(grid, "311811")).isEqualTo(0);
	}

	@Test
	void anApplicationAtTheTopOfEveryScaleScoresOneHundred() {
		// given
		var best = new AutomaticInputs("MORE_THAN_FIVE", "OWNER", "NONE", 5, "722511");

		// when
		var score = compute(best, reviewers(4, 4));

		// then
		assertThat(score.total()).isEqualByComparingTo("100");
		assertThat(score.engagement()).isEqualByComparingTo("50");
		assertThat(score.impact()).isEqualByComparingTo("50");
		assertThat(score.complete()).isTrue();
	}

	@Test
	void anApplicationAtTheBottomOfEveryScaleScoresZero() {
		var worst = new AutomaticInputs("LESS_THAN_ONE", "UNDECIDED", "WEBSITE", 80, "541430");
		var shipped = new GridVersion(1, DefaultGrid.CRITERIA.stream()
			.map(criterion -> criterion.code().equals("ONLINE_PRESENCE") || criterion.code().equals("SECTOR")
					? criterion.withPoints(criterion.code().equals("SECTOR") ? "*=0" : "NONE=4;SOCIAL_ONLY=2;WEBSITE=0")
					: criterion)
			.toList());

		var score = ScoreCalculator.compute(shipped, worst, reviewers(0, 0), 2);

		assertThat(score.total()).isEqualByComparingTo("0");
	}

	@Test
	void weightsAreNormalisedToOneHundredWhateverTheyAddUpTo() {
		// given two criteria weighing 1 and 3 (4 in all), on scales of 4 and 2
		var grid = new GridVersion(3,
				List.of(CriterionDefinition.automatic("HOURS", CriterionGroup.ENGAGEMENT, AutomaticRule.HOURS_PER_WEEK,
						"*=2", 1, 4), CriterionDefinition.reviewer("FIT", CriterionGroup.IMPACT, 3, 2)));

		// when hours give 2 of 4 and the reviewers 1 of 2
		var score = ScoreCalculator.compute(grid, BAKERY, Map.of("FIT", List.of(1)), 2);

		// then 100 × (1 × 2/4 + 3 × 1/2) / 4 = 50: 12.50 of engagement, 37.50 of impact
		assertThat(score.engagement()).isEqualByComparingTo("12.50");
		assertThat(score.impact()).isEqualByComparingTo("37.50");
		assertThat(score.total()).isEqualByComparingTo("50.00");
	}

	@Test
	void theShippedGridScoresTheBakeryCriterionByCriterion() {
		// when the reviewers give 3 and 4 on every criterion
		var score = compute(BAKERY, reviewers(3, 4));

		// then
		assertThat(score.criteria()).extracting(outcome -> outcome.criterion().code(), ScoreCalculator.Outcome::points)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("HOURS_PER_WEEK", new BigDecimal("11.25")),
					org.assertj.core.groups.Tuple.tuple("WORK_BY", new BigDecimal("10.00")),
					org.assertj.core.groups.Tuple.tuple("GOALS_CLARITY", new BigDecimal("13.13")),
					org.assertj.core.groups.Tuple.tuple("TRAINING_OPENNESS", new BigDecimal("8.75")),
					org.assertj.core.groups.Tuple.tuple("ONLINE_PRESENCE", new BigDecimal("3.75")),
					org.assertj.core.groups.Tuple.tuple("EMPLOYEES", new BigDecimal("10.00")),
					org.assertj.core.groups.Tuple.tuple("SECTOR", new BigDecimal("5.00")),
					org.assertj.core.groups.Tuple.tuple("PROJECT_FIT", new BigDecimal("17.50")));
		// 11.25 + 10 + 13.125 + 8.75 = 43.125 → 43.13; 3.75 + 10 + 5 + 17.5 = 36.25
		assertThat(score.engagement()).isEqualByComparingTo("43.13");
		assertThat(score.impact()).isEqualByComparingTo("36.25");
		assertThat(score.total()).isEqualByComparingTo("79.38");
	}

	@Test
	void theTotalIsAlwaysTheSumOfTheRoundedSubtotals() {
		// given means in thirds: 2, 2 and 3 out of 4
		var score = compute(BAKERY, Map.of("GOALS_CLARITY", List.of(2, 2, 3), "TRAINING_OPENNESS", List.of(1, 2, 2),
				"PROJECT_FIT", List.of(3, 3, 4)));

		// then
		assertThat(score.total()).isEqualByComparingTo(score.engagement().add(score.impact()));
		assertThat(outcome(score, "GOALS_CLARITY").value()).isEqualByComparingTo("2.33");
	}

	@Test
	void aReviewerCriterionUsesTheMeanOfTheCountedReviewers() {
		var score = compute(BAKERY, Map.of("PROJECT_FIT", List.of(2, 3), "GOALS_CLARITY", List.of(4),
				"TRAINING_OPENNESS", List.of(1)));

		assertThat(outcome(score, "PROJECT_FIT").value()).isEqualByComparingTo("2.50");
		assertThat(outcome(score, "PROJECT_FIT").reviewers()).isEqualTo(2);
		// 20 × 2.5 / 4
		assertThat(outcome(score, "PROJECT_FIT").points()).isEqualByComparingTo("12.50");
	}

	@Test
	void aCriterionNoReviewerScoredYetCountsZeroAndLeavesTheScoreIncomplete() {
		// when only two of the three reviewer criteria have scores
		var score = compute(BAKERY, Map.of("GOALS_CLARITY", List.of(4), "TRAINING_OPENNESS", List.of(4)));

		// then
		assertThat(score.complete()).isFalse();
		assertThat(outcome(score, "PROJECT_FIT").value()).isNull();
		assertThat(outcome(score, "PROJECT_FIT").points()).isEqualByComparingTo("0");
		assertThat(score.total()).isEqualByComparingTo("65.00");
	}

	@Test
	void anAnswerMissingFromTheApplicationLeavesTheScoreIncomplete() {
		var score = compute(new AutomaticInputs(null, "OWNER", "WEBSITE", 4, "445291"), reviewers(4, 4));

		assertThat(score.complete()).isFalse();
		assertThat(outcome(score, "HOURS_PER_WEEK").value()).isNull();
	}

	@Test
	void reviewersFurtherApartThanTheGapFlagTheApplication() {
		// when reviewers give 1 and 4 (3 apart) on the project's fit, 2 and 4 (2 apart) on the goals
		var score = compute(BAKERY, Map.of("PROJECT_FIT", List.of(1, 4), "GOALS_CLARITY", List.of(2, 4),
				"TRAINING_OPENNESS", List.of(3)));

		// then only a gap of more than 2 points flags
		assertThat(score.flagged()).isTrue();
		assertThat(outcome(score, "PROJECT_FIT").disagreement()).isTrue();
		assertThat(outcome(score, "GOALS_CLARITY").disagreement()).isFalse();
		assertThat(outcome(score, "TRAINING_OPENNESS").disagreement()).isFalse();
	}

	@Test
	void theGapIsConfigurable() {
		var strict = ScoreCalculator.compute(SHIPPED, BAKERY, Map.of("GOALS_CLARITY", List.of(2, 3)), 0);
		var lenient = ScoreCalculator.compute(SHIPPED, BAKERY, Map.of("GOALS_CLARITY", List.of(0, 4)), 4);

		assertThat(strict.flagged()).isTrue();
		assertThat(lenient.flagged()).isFalse();
	}

	@Test
	void theSameInputsAlwaysGiveTheSameScore() {
		var counted = Map.of("GOALS_CLARITY", List.of(1, 2, 4), "TRAINING_OPENNESS", List.of(3), "PROJECT_FIT",
				List.of(2, 2));

		assertThat(compute(BAKERY, counted)).isEqualTo(compute(BAKERY, counted));
	}

	static ScoreCalculator.Computation compute(AutomaticInputs inputs, Map<String, List<Integer>> counted) {
		return ScoreCalculator.compute(SHIPPED, inputs, counted, 2);
	}

	static Map<String, List<Integer>> reviewers(int first, int second) {
		return Map.of("GOALS_CLARITY", List.of(first, second), "TRAINING_OPENNESS", List.of(first, second),
				"PROJECT_FIT", List.of(first, second));
	}

	static ScoreCalculator.Outcome outcome(ScoreCalculator.Computation score, String code) {
		return score.criteria().stream().filter(o -> o.criterion().code().equals(code)).findFirst().orElseThrow();
	}

	static int points(GridVersion grid, String naics) {
		return ScoreCalculator.compute(grid, new AutomaticInputs(null, null, null, null, naics), Map.of(), 2)
			.criteria()
			.get(0)
			.value()
			.intValue();
	}

}
