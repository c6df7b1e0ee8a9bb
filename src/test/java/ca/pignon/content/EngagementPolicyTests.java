package ca.pignon.content;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ca.pignon.platform.Refused.Problem;
import ca.pignon.shared.ApplicationId;

import static org.assertj.core.api.Assertions.assertThat;

/** Engagement rates of a month's figures, and the cohort's median only when five merchants or more share a network. */
class EngagementPolicyTests {

	static final YearMonth MONTH = YearMonth.of(2027, 3);

	@Test
	void dividesTheInteractionsByTheReachAndByTheFollowers() {
		// given 1,000 followers, 2,400 people reached, 180 interactions
		MonthlyFigures figures = new MonthlyFigures(MONTH, Network.INSTAGRAM, 1_000, 12, 2_400, 180);
		// then 180 / 2400 = 7.5 %, 180 / 1000 = 18 %
		assertThat(EngagementPolicy.byReach(figures)).contains(new BigDecimal("7.50"));
		assertThat(EngagementPolicy.byFollowers(figures)).contains(new BigDecimal("18.00"));
	}

	@Test
	void roundsToTwoDecimalsHalfUp() {
		// 1 / 3 = 33.333… %, 2 / 3 = 66.666… %
		assertThat(EngagementPolicy.percent(1, 3)).contains(new BigDecimal("33.33"));
		assertThat(EngagementPolicy.percent(2, 3)).contains(new BigDecimal("66.67"));
	}

	@Test
	void givesNoRateWithoutAnythingToDivideBy() {
		MonthlyFigures nothing = new MonthlyFigures(MONTH, Network.FACEBOOK, 0, 0, 0, 0);
		assertThat(EngagementPolicy.byReach(nothing)).isEmpty();
		assertThat(EngagementPolicy.byFollowers(nothing)).isEmpty();
	}

	@Test
	void refusesNegativeFiguresEachBesideItsField() {
		MonthlyFigures figures = new MonthlyFigures(MONTH, Network.FACEBOOK, -1, 2, 10, -3);
		assertThat(EngagementPolicy.check(figures)).extracting(Problem::field)
			.containsExactly("followers", "interactions");
		assertThat(EngagementPolicy.check(new MonthlyFigures(MONTH, Network.FACEBOOK, 0, 0, 0, 0))).isEmpty();
	}

	@Test
	void showsNoCohortMedianUnderFiveMerchants() {
		Map<ApplicationId, BigDecimal> four = rates("1.00", "2.00", "3.00", "4.00");
		assertThat(CohortMedianPolicy.median(four)).isEmpty();
	}

	@Test
	void takesTheMiddleRateFromFiveMerchantsOn() {
		assertThat(CohortMedianPolicy.median(rates("9.00", "1.00", "3.50", "2.00", "7.25"))).contains(new BigDecimal("3.50"));
		// six: the mean of the two middle values, (3.50 + 4.00) / 2
		assertThat(CohortMedianPolicy.median(rates("9.00", "1.00", "3.50", "2.00", "7.25", "4.00")))
			.contains(new BigDecimal("3.75"));
	}

	private static Map<ApplicationId, BigDecimal> rates(String... values) {
		Map<ApplicationId, BigDecimal> rates = new HashMap<>();
		for (String value : values) {
			rates.put(new ApplicationId(UUID.randomUUID()), new BigDecimal(value));
		}
		return rates;
	}

}
