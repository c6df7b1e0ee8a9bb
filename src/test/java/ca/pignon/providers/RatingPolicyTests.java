package ca.pignon.providers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;

/** A rating answers every question, its quality from 1 to 5, and its address is a web address. */
class RatingPolicyTests {

	@Test
	void aCompleteRatingPasses() {
		assertThat(RatingPolicy.problems(new RatingInput(true, false, 4, true, "Très bien", "https://boutique.exemple.ca",
				true))).isEmpty();
		assertThat(RatingPolicy.problems(new RatingInput(false, true, 1, false, "", "", false))).isEmpty();
	}

	@Test
	void everyMissingOrWrongAnswerIsNamed() {
		List<Problem> problems = RatingPolicy.problems(new RatingInput(null, null, 6, null, "x".repeat(1001),
				"javascript:alert(1)", true));
		assertThat(problems).extracting(Problem::field)
			.containsExactly("onTime", "onBudget", "quality", "recommend", "comment", "deliveredUrl");
		assertThat(RatingPolicy.problems(new RatingInput(true, true, 0, true, "", "", false)))
			.extracting(Problem::messageKey)
			.containsExactly("providers.rating.quality.range");
		assertThat(RatingPolicy.webAddress("http://localhost")).isFalse();
		assertThat(RatingPolicy.webAddress("https://" + "a".repeat(500) + ".ca")).isFalse();
	}

	@Test
	void theSummaryCountsPercentagesAndTheMeanQuality() {
		AccountId merchant = new AccountId(UUID.randomUUID());
		List<Rating> ratings = List.of(new Rating(true, true, 5, true, "", null, Instant.now(), merchant),
				new Rating(false, true, 3, true, "", null, Instant.now(), merchant),
				new Rating(false, false, 2, false, "", null, Instant.now(), merchant));
		RatingSummary summary = RatingSummary.of(ratings);
		assertThat(summary.count()).isEqualTo(3);
		assertThat(summary.onTimePercent()).isEqualTo(33);
		assertThat(summary.onBudgetPercent()).isEqualTo(67);
		assertThat(summary.recommendPercent()).isEqualTo(67);
		assertThat(summary.meanQuality()).isEqualByComparingTo("3.3");
		assertThat(RatingSummary.of(List.of()).count()).isZero();
	}

}
