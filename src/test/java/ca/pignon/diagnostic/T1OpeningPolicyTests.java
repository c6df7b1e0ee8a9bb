package ca.pignon.diagnostic;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ca.pignon.dossier.PlanProgress;

import static org.assertj.core.api.Assertions.assertThat;

/** The end diagnostic opens after a time since the plan's approval, or sooner with enough of the plan done. */
class T1OpeningPolicyTests {

	static final Instant APPROVED = Instant.parse("2027-01-15T15:00:00Z");

	T1OpeningPolicy policy = new T1OpeningPolicy(Duration.ofDays(90), 50);

	@Test
	void withoutAnApprovedPlanItNeverOpensByItself() {
		var opening = policy.check(null, APPROVED.plus(Duration.ofDays(400)));
		assertThat(opening.open()).isFalse();
		assertThat(opening.opensAt()).isNull();
	}

	@Test
	void itOpensOnTheDayTheConfiguredTimeHasPassedAndNotASecondBefore() {
		var progress = new PlanProgress(APPROVED, 1, 28);
		Instant opens = APPROVED.plus(Duration.ofDays(90));
		assertThat(policy.check(progress, opens.minusSeconds(1)).open()).isFalse();
		assertThat(policy.check(progress, opens).open()).isTrue();
		assertThat(policy.check(progress, APPROVED).opensAt()).isEqualTo(opens);
	}

	@Test
	void itOpensSoonerOnceTheShareOfActionsDoneIsReached() {
		Instant sameDay = APPROVED.plusSeconds(60);
		assertThat(policy.check(new PlanProgress(APPROVED, 13, 28), sameDay).open()).as("46 %").isFalse();
		assertThat(policy.check(new PlanProgress(APPROVED, 14, 28), sameDay).open()).as("50 %").isTrue();
		assertThat(policy.check(new PlanProgress(APPROVED, 14, 28), sameDay).done()).isEqualTo(50);
	}

	@Test
	void oneActionOfTwentyEightDoneTheSameDayIsNotEnough() {
		// what an outside review saw: T1, completion and closing the day of T0 with 1 of 28 actions done
		assertThat(policy.check(new PlanProgress(APPROVED, 1, 28), APPROVED).open()).isFalse();
	}

	@Test
	void anEmptyPlanOpensOnlyByTime() {
		assertThat(policy.check(new PlanProgress(APPROVED, 0, 0), APPROVED).open()).isFalse();
		assertThat(new T1OpeningPolicy(Duration.ofDays(90), 0).check(new PlanProgress(APPROVED, 0, 0), APPROVED)
			.open()).isFalse();
	}

}
