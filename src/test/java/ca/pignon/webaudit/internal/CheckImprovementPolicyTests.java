package ca.pignon.webaudit.internal;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** What "improved" means between a dossier's first and last audit, check by check. */
class CheckImprovementPolicyTests {

	@Test
	void moreChecksPassedIsAnImprovement() {
		var first = Map.of(CheckIds.HTTPS, CheckStatus.FAIL, CheckIds.TITLE, CheckStatus.PASS);
		var last = Map.of(CheckIds.HTTPS, CheckStatus.PASS, CheckIds.TITLE, CheckStatus.PASS);
		assertThat(CheckImprovementPolicy.anyImproved(first, last)).isTrue();
		assertThat(CheckImprovementPolicy.anyImproved(last, first)).isFalse();
		assertThat(CheckImprovementPolicy.anyImproved(last, last)).isFalse();
	}

	@Test
	void aWarningThatStaysAWarningIsNoImprovement() {
		var first = Map.of(CheckIds.HTTPS, CheckStatus.FAIL);
		var last = Map.of(CheckIds.HTTPS, CheckStatus.WARN);
		assertThat(CheckImprovementPolicy.anyImproved(first, last)).isFalse();
	}

	@Test
	void worksOnAPhoneNowAndNotBefore() {
		var before = Map.of(CheckIds.MOBILE_VIEWPORT, CheckStatus.FAIL);
		var after = Map.of(CheckIds.MOBILE_VIEWPORT, CheckStatus.PASS);
		assertThat(CheckImprovementPolicy.mobileImproved(before, after)).isTrue();
		assertThat(CheckImprovementPolicy.mobileImproved(after, after)).isFalse();
		assertThat(CheckImprovementPolicy.mobileImproved(Map.of(), before)).isFalse();
	}

	@Test
	void theBusinessProfileIsCompleteWhenItsFourChecksPass() {
		Map<String, CheckStatus> complete = new HashMap<>();
		CheckImprovementPolicy.BUSINESS_PROFILE.forEach(check -> complete.put(check, CheckStatus.PASS));
		Map<String, CheckStatus> almost = new HashMap<>(complete);
		almost.put(CheckIds.OPENING_HOURS, CheckStatus.WARN);
		assertThat(CheckImprovementPolicy.businessProfileImproved(almost, complete)).isTrue();
		assertThat(CheckImprovementPolicy.businessProfileImproved(complete, complete)).isFalse();
		assertThat(CheckImprovementPolicy.businessProfileImproved(complete, almost)).isFalse();
	}

}
