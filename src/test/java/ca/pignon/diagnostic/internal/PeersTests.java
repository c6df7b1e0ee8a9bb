package ca.pignon.diagnostic.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.diagnostic.PeerGroup;
import ca.pignon.diagnostic.QuestionBank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeersTests {

	final QuestionBank bank = TestBank.bank();

	@Test
	void fourOtherMerchantsMakeNoGroupAndFiveDo() {
		assertThat(Peers.group("SECTOR", "445", bank, merchants(4), Peers.MINIMUM)).isEmpty();
		assertThat(Peers.group("SECTOR", "445", bank, merchants(5), Peers.MINIMUM)).isPresent();
	}

	@Test
	void theGroupShowsTheMedianAndMeanOfEachDimension() {
		// given alpha scores 10, 20, 30, 40, 100
		PeerGroup group = Peers.group("AREA", "La Cité-Limoilou", bank, merchants(5), Peers.MINIMUM).orElseThrow();
		// then
		assertThat(group.size()).isEqualTo(5);
		assertThat(group.figure("alpha").median()).isEqualTo(30);
		assertThat(group.figure("alpha").mean()).isEqualTo((10 + 20 + 30 + 40 + 100) / 5);
	}

	@Test
	void aDimensionScoredByFewerThanFiveOfThemShowsNothing() {
		// beta is scored by four of the five merchants only
		PeerGroup group = Peers.group("SECTOR", "445", bank, merchants(5), Peers.MINIMUM).orElseThrow();
		assertThat(group.figure("beta").median()).isNull();
		assertThat(group.figure("beta").mean()).isNull();
	}

	@Test
	void noSettingCanLowerTheThresholdUnderFive() {
		assertThatIllegalArgumentException().isThrownBy(() -> Peers.group("SECTOR", "445", bank, merchants(4), 4));
		assertThat(new DiagnosticSettings(2, 5, null, null).peerMinimum()).isEqualTo(Peers.MINIMUM);
	}

	@Test
	void theMedianOfAnEvenCountIsTheRoundedMiddlePair() {
		assertThat(Peers.median(List.of(10, 20, 31, 40))).isEqualTo(26);
	}

	/** n merchants; alpha scores 10, 20, 30, 40, 100…; beta scored by all but the first. */
	private static List<Map<String, Integer>> merchants(int n) {
		int[] alpha = { 10, 20, 30, 40, 100, 60, 70 };
		List<Map<String, Integer>> scores = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			scores.add(i == 0 ? Map.of("alpha", alpha[i]) : Map.of("alpha", alpha[i], "beta", 50));
		}
		return scores;
	}

}
