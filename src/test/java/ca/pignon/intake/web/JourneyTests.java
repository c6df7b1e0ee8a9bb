package ca.pignon.intake.web;

import org.junit.jupiter.api.Test;

import ca.pignon.dossier.DossierStage;
import ca.pignon.dossier.EligibilityStatus;
import ca.pignon.dossier.SelectionOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/** The top of the status page follows the dossier's stage, one next step each, never one already past. */
class JourneyTests {

	@Test
	void eachStageOfTheAccompanimentHasItsStepAndItsNextStep() {
		assertThat(Journey.of(DossierStage.RETAINED, EligibilityStatus.ELIGIBLE, SelectionOutcome.RETAINED))
			.isEqualTo(new Journey(Journey.STEPS, 1, "intake.journey.next.RETAINED"));
		assertThat(Journey.of(DossierStage.DIAGNOSED, EligibilityStatus.ELIGIBLE, SelectionOutcome.RETAINED))
			.isEqualTo(new Journey(Journey.STEPS, 2, "intake.journey.next.DIAGNOSED"));
		assertThat(Journey.of(DossierStage.PLANNED, EligibilityStatus.ELIGIBLE, SelectionOutcome.RETAINED).current())
			.isEqualTo(3);
		assertThat(Journey.of(DossierStage.ACCOMPANIED, EligibilityStatus.ELIGIBLE, SelectionOutcome.RETAINED).current())
			.isEqualTo(4);
		Journey closed = Journey.of(DossierStage.CLOSED, EligibilityStatus.ELIGIBLE, SelectionOutcome.RETAINED);
		assertThat(closed.nextKey()).isEqualTo("intake.journey.next.CLOSED");
		assertThat(closed.done(4)).isTrue();
		assertThat(closed.done(5)).as("the current step is not done").isFalse();
	}

	@Test
	void beforeADecisionEligibilityAndTheOutcomeSayTheNextStep() {
		assertThat(Journey.of(DossierStage.APPLIED, EligibilityStatus.TO_VERIFY, null).nextKey())
			.isEqualTo("intake.journey.next.TO_VERIFY");
		assertThat(Journey.of(DossierStage.APPLIED, EligibilityStatus.NOT_ELIGIBLE, null).nextKey())
			.isEqualTo("intake.journey.next.NOT_ELIGIBLE");
		assertThat(Journey.of(DossierStage.ELIGIBLE, EligibilityStatus.ELIGIBLE, null))
			.isEqualTo(new Journey(Journey.STEPS, 0, "intake.journey.next.ELIGIBLE"));
		assertThat(Journey.of(DossierStage.ELIGIBLE, EligibilityStatus.ELIGIBLE, SelectionOutcome.WAITLISTED))
			.isEqualTo(new Journey(Journey.STEPS, 1, "intake.journey.next.WAITLISTED"));
		assertThat(Journey.of(DossierStage.ELIGIBLE, EligibilityStatus.ELIGIBLE, SelectionOutcome.NOT_RETAINED)
			.nextKey()).isEqualTo("intake.journey.next.NOT_RETAINED");
		assertThat(Journey.of(DossierStage.WITHDRAWN, EligibilityStatus.ELIGIBLE, SelectionOutcome.WITHDRAWN)
			.nextKey()).isEqualTo("intake.journey.next.WITHDRAWN");
	}

}
