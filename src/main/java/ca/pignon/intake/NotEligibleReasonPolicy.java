package ca.pignon.intake;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The one reason a non-eligible application is counted under in the program's indicators: the first of its rules'
 * reasons in this order (outside the territory, home-based, online only, no storefront), {@code other} for a staff
 * decision or no reason given. One reason each, so the reasons add up to the non-eligible count.
 */
final class NotEligibleReasonPolicy {

	static final String PREFIX = "intake.not-eligible.";

	static final String OUTSIDE_TERRITORY = PREFIX + "outside-territory";

	static final String HOME_BASED = PREFIX + "home-based";

	static final String ONLINE_ONLY = PREFIX + "online-only";

	static final String NO_STOREFRONT = PREFIX + "no-storefront";

	static final String OTHER = PREFIX + "other";

	static final List<String> FACTS = List.of(OUTSIDE_TERRITORY, HOME_BASED, ONLINE_ONLY, NO_STOREFRONT, OTHER);

	private NotEligibleReasonPolicy() {
	}

	/** The fact of a non-eligible application whose stored reasons are these (names separated by commas). */
	static String factOf(@Nullable String reasons) {
		List<String> names = reasons == null ? List.of() : Arrays.stream(reasons.split(",")).map(String::strip).toList();
		if (names.contains(EligibilityReason.OUTSIDE_PROGRAM_TERRITORY.name())
				|| names.contains(EligibilityReason.FAR_OUTSIDE_PROGRAM_TERRITORY.name())) {
			return OUTSIDE_TERRITORY;
		}
		if (names.contains(EligibilityReason.HOME_BASED.name())) {
			return HOME_BASED;
		}
		if (names.contains(EligibilityReason.ONLINE_ONLY.name())) {
			return ONLINE_ONLY;
		}
		if (names.contains(EligibilityReason.NO_STOREFRONT.name())) {
			return NO_STOREFRONT;
		}
		return OTHER;
	}

}
