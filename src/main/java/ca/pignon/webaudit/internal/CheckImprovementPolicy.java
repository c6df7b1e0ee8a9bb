package ca.pignon.webaudit.internal;

import java.util.List;
import java.util.Map;

import ca.pignon.webaudit.CheckIds;
import ca.pignon.webaudit.CheckStatus;

/**
 * Whether a site got better between a dossier's first and last audit, as the program's indicators count it:
 * <ul>
 * <li>{@code any}: the last audit passes more checks than the first;</li>
 * <li>{@code mobile}: the site works on a phone (the check {@code mobile-viewport} passes) at the last audit and did
 * not at the first;</li>
 * <li>{@code business-profile}: the business profile is complete at the last audit (the checks of the business's
 * structured data, opening hours, contact and name-address-phone all pass) and was not at the first.</li>
 * </ul>
 */
final class CheckImprovementPolicy {

	static final List<String> BUSINESS_PROFILE = List.of(CheckIds.LOCAL_BUSINESS_DATA, CheckIds.OPENING_HOURS,
			CheckIds.CONTACT, CheckIds.NAP_CONSISTENCY);

	private CheckImprovementPolicy() {
	}

	static boolean anyImproved(Map<String, CheckStatus> first, Map<String, CheckStatus> last) {
		return passed(last) > passed(first);
	}

	static boolean mobileImproved(Map<String, CheckStatus> first, Map<String, CheckStatus> last) {
		return passes(last, CheckIds.MOBILE_VIEWPORT) && !passes(first, CheckIds.MOBILE_VIEWPORT);
	}

	static boolean businessProfileImproved(Map<String, CheckStatus> first, Map<String, CheckStatus> last) {
		return completeProfile(last) && !completeProfile(first);
	}

	private static boolean completeProfile(Map<String, CheckStatus> checks) {
		return BUSINESS_PROFILE.stream().allMatch(check -> passes(checks, check));
	}

	private static boolean passes(Map<String, CheckStatus> checks, String check) {
		return checks.get(check) == CheckStatus.PASS;
	}

	private static long passed(Map<String, CheckStatus> checks) {
		return checks.values().stream().filter(status -> status == CheckStatus.PASS).count();
	}

}
