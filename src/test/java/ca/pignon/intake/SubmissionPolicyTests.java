package ca.pignon.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant submits once every step is answered and their email address is verified; a missing step is said first,
 * since it is what they can do on the page.
 */
class SubmissionPolicyTests {

	@Test
	void letsACompleteDraftOfAVerifiedAddressGo() {
		assertThat(SubmissionPolicy.refusal(true, true)).isEmpty();
	}

	@Test
	void refusesAnAddressNotVerified() {
		assertThat(SubmissionPolicy.refusal(true, false)).contains("intake.refused.emailNotVerified");
	}

	@Test
	void refusesAnIncompleteDraft() {
		assertThat(SubmissionPolicy.refusal(false, true)).contains("intake.refused.incomplete");
	}

	@Test
	void saysTheMissingStepBeforeTheAddress() {
		assertThat(SubmissionPolicy.refusal(false, false)).contains("intake.refused.incomplete");
	}

}
