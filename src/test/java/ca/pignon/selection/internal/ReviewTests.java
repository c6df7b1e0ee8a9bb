package ca.pignon.selection.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.selection.SelectionRefused;
import ca.pignon.shared.AccountId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A review counts once submitted; a conflict of interest puts the reviewer out of the application for good. */
class ReviewTests {

	static final Instant NOW = Instant.parse("2026-03-02T14:00:00Z");

	@Test
	void countsOnlyOnceSubmitted() {
		// given
		var review = assigned();
		review.score("PROJECT_FIT", score(3));

		// then
		assertThat(review.counts()).isFalse();
		review.submit(NOW);
		assertThat(review.counts()).isTrue();
	}

	@Test
	void aConflictOfInterestMakesSubmittedScoresStopCounting() {
		// given
		var review = assigned();
		review.score("PROJECT_FIT", score(3));
		review.submit(NOW);

		// when
		review.declareConflict("Ma belle-sœur tient ce commerce.", NOW);

		// then the scores are kept, but no longer count
		assertThat(review.scores()).containsKey("PROJECT_FIT");
		assertThat(review.counts()).isFalse();
		assertThat(review.conflictNote()).isEqualTo("Ma belle-sœur tient ce commerce.");
	}

	@Test
	void aReviewerInConflictCanNoLongerScoreSubmitOrBeAssigned() {
		var review = assigned();
		review.declareConflict(null, NOW);

		assertRefused(() -> review.score("PROJECT_FIT", score(2)), "selection.refused.reviewerConflicted");
		assertRefused(() -> review.submit(NOW), "selection.refused.reviewerConflicted");
		assertRefused(() -> review.assign(UUID.randomUUID(), NOW), "selection.refused.reviewerConflicted");
	}

	@Test
	void aReviewerNotAssignedCannotScore() {
		var review = new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "Anne Conseil", false, null, null, null, null, null, null, Map.of());

		assertRefused(() -> review.score("PROJECT_FIT", score(2)), "selection.refused.reviewerNotAssigned");
	}

	@Test
	void isSubmittedOnce() {
		var review = assigned();
		review.submit(NOW);

		assertRefused(() -> review.submit(NOW), "selection.refused.reviewAlreadySubmitted");
	}

	static Review assigned() {
		var review = new Review(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
				UUID.randomUUID(), "Anne Conseil", false, null, null, null, null, null, null, Map.of());
		review.assign(UUID.randomUUID(), NOW);
		assertThat(review.reviewer()).isInstanceOf(AccountId.class);
		return review;
	}

	static ReviewScoreRow score(int value) {
		return new ReviewScoreRow(value, "Justification.", NOW, 1);
	}

	static void assertRefused(Runnable action, String key) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(SelectionRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo(key));
	}

}
