package ca.pignon.providers;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fair order: among providers that fit equally, none comes first more often than chance; a brief's draw is
 * reproducible from its seed; the order never depends on the order the providers were found in.
 */
class FairDrawTests {

	static final List<ProviderId> SIX = IntStream.range(0, 6).mapToObj(i -> ProviderId.random()).toList();

	@Test
	void noProviderComesFirstMoreOftenThanChanceOverManyDraws() {
		// given
		int draws = 60_000;
		var random = new SecureRandom();
		Map<ProviderId, Integer> first = new HashMap<>();
		// when
		for (int i = 0; i < draws; i++) {
			first.merge(FairDraw.shuffled(SIX, random).get(0), 1, Integer::sum);
		}
		// then: a chi-square test of uniformity, 5 degrees of freedom; 20.52 is its 0.999 quantile, so a fair draw
		// fails it once in a thousand runs, and a draw that favoured one provider by 2 % of the draws fails it always
		double expected = (double) draws / SIX.size();
		double chiSquare = SIX.stream()
			.mapToDouble(id -> Math.pow(first.getOrDefault(id, 0) - expected, 2) / expected)
			.sum();
		assertThat(first).hasSize(SIX.size());
		assertThat(chiSquare).isLessThan(20.52);
	}

	@Test
	void theTestWouldCatchADrawThatFavoursOneProvider() {
		// given a biased draw: the first provider found keeps the first place one time in ten
		int draws = 60_000;
		var random = new SecureRandom();
		Map<ProviderId, Integer> first = new HashMap<>();
		for (int i = 0; i < draws; i++) {
			ProviderId winner = random.nextInt(10) == 0 ? SIX.get(0) : FairDraw.shuffled(SIX, random).get(0);
			first.merge(winner, 1, Integer::sum);
		}
		double expected = (double) draws / SIX.size();
		double chiSquare = SIX.stream()
			.mapToDouble(id -> Math.pow(first.getOrDefault(id, 0) - expected, 2) / expected)
			.sum();
		assertThat(chiSquare).isGreaterThan(20.52);
	}

	@Test
	void aBriefsDrawIsReproducibleFromItsSeedWhateverTheOrderTheProvidersWereFoundIn() {
		// given
		long seed = new SecureRandom().nextLong();
		List<ProviderId> reversed = new java.util.ArrayList<>(SIX);
		java.util.Collections.reverse(reversed);
		// when
		List<ProviderId> once = FairDraw.order(SIX, seed);
		List<ProviderId> again = FairDraw.order(reversed, seed);
		// then
		assertThat(again).isEqualTo(once).containsExactlyInAnyOrderElementsOf(SIX);
	}

	@Test
	void differentSeedsGiveDifferentOrders() {
		long distinct = IntStream.range(0, 50)
			.mapToObj(i -> FairDraw.order(SIX, new SecureRandom().nextLong()))
			.distinct()
			.count();
		// 720 orders of six: fifty draws give many distinct ones
		assertThat(distinct).isGreaterThan(30);
	}

}
