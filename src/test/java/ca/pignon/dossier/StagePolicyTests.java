package ca.pignon.dossier;

import org.junit.jupiter.api.Test;

import static ca.pignon.dossier.StagePolicy.stageOf;
import static org.assertj.core.api.Assertions.assertThat;

class StagePolicyTests {

	@Test
	void aSubmittedApplicationIsAppliedUntilItIsEligible() {
		assertThat(stageOf(false, null, false, false, false, false)).isEqualTo(DossierStage.APPLIED);
		assertThat(stageOf(true, null, false, false, false, false)).isEqualTo(DossierStage.ELIGIBLE);
	}

	@Test
	void waitlistedAndNotRetainedMerchantsStayEligible() {
		assertThat(stageOf(true, SelectionOutcome.WAITLISTED, false, false, false, false))
			.isEqualTo(DossierStage.ELIGIBLE);
		assertThat(stageOf(true, SelectionOutcome.NOT_RETAINED, false, false, false, false))
			.isEqualTo(DossierStage.ELIGIBLE);
	}

	@Test
	void aRetainedMerchantIsAtTheFurthestStepReached() {
		assertThat(stageOf(true, SelectionOutcome.RETAINED, false, false, false, false))
			.isEqualTo(DossierStage.RETAINED);
		assertThat(stageOf(true, SelectionOutcome.RETAINED, true, false, false, false))
			.isEqualTo(DossierStage.DIAGNOSED);
		assertThat(stageOf(true, SelectionOutcome.RETAINED, true, true, false, false)).isEqualTo(DossierStage.PLANNED);
		assertThat(stageOf(true, SelectionOutcome.RETAINED, true, true, true, false))
			.isEqualTo(DossierStage.ACCOMPANIED);
		assertThat(stageOf(true, SelectionOutcome.RETAINED, true, true, true, true)).isEqualTo(DossierStage.CLOSED);
	}

	@Test
	void aWithdrawalOutweighsEverythingElse() {
		assertThat(stageOf(true, SelectionOutcome.WITHDRAWN, true, true, true, false))
			.isEqualTo(DossierStage.WITHDRAWN);
	}

	@Test
	void stepsOfTheAccompanimentCountOnlyWhileRetained() {
		// a merchant moved back to the waitlist keeps their diagnostic, but is not accompanied
		assertThat(stageOf(true, SelectionOutcome.WAITLISTED, true, true, false, false))
			.isEqualTo(DossierStage.ELIGIBLE);
	}

}
