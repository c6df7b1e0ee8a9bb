package ca.pignon.intake;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reason a non-eligible application counts under in the program's indicators. */
class NotEligibleReasonPolicyTests {

	@Test
	void theFirstReasonInTheIndicatorsOrderWins() {
		assertThat(NotEligibleReasonPolicy.factOf("HOME_BASED,OUTSIDE_PROGRAM_TERRITORY"))
			.isEqualTo(NotEligibleReasonPolicy.OUTSIDE_TERRITORY);
		assertThat(NotEligibleReasonPolicy.factOf("NO_STOREFRONT,ONLINE_ONLY"))
			.isEqualTo(NotEligibleReasonPolicy.ONLINE_ONLY);
		assertThat(NotEligibleReasonPolicy.factOf("NO_STOREFRONT")).isEqualTo(NotEligibleReasonPolicy.NO_STOREFRONT);
		assertThat(NotEligibleReasonPolicy.factOf("HOME_BASED")).isEqualTo(NotEligibleReasonPolicy.HOME_BASED);
	}

	@Test
	void farOutsideIsOutside() {
		assertThat(NotEligibleReasonPolicy.factOf("FAR_OUTSIDE_PROGRAM_TERRITORY"))
			.isEqualTo(NotEligibleReasonPolicy.OUTSIDE_TERRITORY);
	}

	@Test
	void aStaffDecisionOrNoReasonIsOther() {
		assertThat(NotEligibleReasonPolicy.factOf("STAFF_DECISION")).isEqualTo(NotEligibleReasonPolicy.OTHER);
		assertThat(NotEligibleReasonPolicy.factOf("")).isEqualTo(NotEligibleReasonPolicy.OTHER);
		assertThat(NotEligibleReasonPolicy.factOf(null)).isEqualTo(NotEligibleReasonPolicy.OTHER);
	}

}
