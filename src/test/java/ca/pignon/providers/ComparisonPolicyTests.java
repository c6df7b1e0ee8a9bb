package ca.pignon.providers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison: the cost over three years, the red flags in plain words, the scores on each criterion and the
 * merchant's weights.
 */
class ComparisonPolicyTests {

	@Test
	void theCostOverThreeYearsIsThePriceOnceAndThreeYearlyPrices() {
		assertThat(ComparisonPolicy.threeYearCost(quote("1200", "300", 6))).isEqualByComparingTo("2100");
		assertThat(ComparisonPolicy.threeYearCost(quote("2500.50", "0", 6))).isEqualByComparingTo("2500.50");
	}

	@Test
	void aQuoteWithoutAYearlyPriceCountsNoneAndIsFlagged() {
		Quote noYearly = quote("900", null, 4);
		assertThat(ComparisonPolicy.threeYearCost(noYearly)).isEqualByComparingTo("900");
		assertThat(ComparisonPolicy.flags(vetted(noYearly), noYearly, null)).contains(RedFlag.NO_YEARLY_PRICE);
	}

	@Test
	void flagsWhatTheMerchantWouldNotOwnHostingOutsideCanadaNoFrenchOverBudgetAndNotVetted() {
		// given
		Quote risky = new Quote(new BigDecimal("5000"), new BigDecimal("100"), "Site", 8, DomainOwner.PROVIDER,
				ContentOwner.PROVIDER, "", false, Accessibility.NONE, Hosting.OUTSIDE_CANADA);
		// when
		var flags = ComparisonPolicy.flags(outside(risky), risky, 3000);
		// then
		assertThat(flags).containsExactlyInAnyOrder(RedFlag.DOMAIN_NOT_OWNED, RedFlag.CONTENT_NOT_OWNED,
				RedFlag.HOSTED_OUTSIDE_CANADA, RedFlag.NO_FRENCH, RedFlag.OVER_BUDGET, RedFlag.NOT_VETTED);
		assertThat(ComparisonPolicy.flags(vetted(quote("1000", "100", 4)), quote("1000", "100", 4), 3000)).isEmpty();
	}

	@Test
	void costAndTimelineScoreAgainstTheBestQuoteAndTheWeightsDecideTheTotal() {
		// given: a cheaper but slower quote and a dearer, faster one, both vetted and owning everything
		ShortlistEntry cheap = vetted(quote("1000", "100", 10)); // 1300 over three years
		ShortlistEntry fast = vetted(quote("2300", "100", 5)); // 2600 over three years
		// when only cost matters
		Map<Criterion, Integer> costOnly = ComparisonPolicy.weights("COST=3,TIMELINE=0,OWNERSHIP=0,MAINTENANCE=0,"
				+ "REFERENCES=0,FRENCH=0,ACCESSIBILITY=0");
		Comparison byCost = ComparisonPolicy.compare(List.of(cheap, fast), costOnly, null);
		// then
		assertThat(byCost.columns()).extracting(c -> c.scores().get(Criterion.COST)).containsExactly(100, 50);
		assertThat(byCost.columns()).extracting(Comparison.Column::weightedScore).containsExactly(100, 50);
		assertThat(byCost.columns()).extracting(Comparison.Column::threeYearCost)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("1300"), new BigDecimal("2600"));
		// when only the timeline matters, the order of the columns stays the shortlist's: the merchant chooses
		Map<Criterion, Integer> timelineOnly = ComparisonPolicy.weights("COST=0,TIMELINE=3,OWNERSHIP=0,"
				+ "MAINTENANCE=0,REFERENCES=0,FRENCH=0,ACCESSIBILITY=0");
		Comparison byTimeline = ComparisonPolicy.compare(List.of(cheap, fast), timelineOnly, null);
		assertThat(byTimeline.columns()).extracting(Comparison.Column::weightedScore).containsExactly(50, 100);
	}

	@Test
	void storedWeightsReadBackAndUnreadableOnesKeepTheirDefault() {
		Map<Criterion, Integer> weights = ComparisonPolicy.weights("COST=1,TIMELINE=9,FRENCH=x,NOPE=2");
		assertThat(weights).containsEntry(Criterion.COST, 1)
			.containsEntry(Criterion.TIMELINE, Criterion.TIMELINE.defaultWeight())
			.containsEntry(Criterion.FRENCH, Criterion.FRENCH.defaultWeight())
			.hasSize(Criterion.values().length);
		assertThat(ComparisonPolicy.weights(ComparisonPolicy.stored(weights))).isEqualTo(weights);
	}

	static Quote quote(String oneTime, @Nullable String yearly, int weeks) {
		return new Quote(new BigDecimal(oneTime), yearly == null ? null : new BigDecimal(yearly), "Un site", weeks,
				DomainOwner.MERCHANT, ContentOwner.MERCHANT, "Mises à jour", true, Accessibility.WCAG_AA,
				Hosting.CANADA);
	}

	static ShortlistEntry vetted(Quote quote) {
		return entry(ProviderId.random(), quote);
	}

	static ShortlistEntry outside(Quote quote) {
		return entry(null, quote);
	}

	private static ShortlistEntry entry(@Nullable ProviderId provider, Quote quote) {
		return new ShortlistEntry(UUID.randomUUID(), provider, "Agence", "a@exemple.ca", 1, RequestOrigin.DRAWN, false,
				Instant.now(), Instant.now(), false, Instant.now(), quote);
	}

}
