package ca.pignon.intake;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A decision on eligibility, who made it (the rules, or staff) and which version of the rules it applied.
 *
 * @param eligibilityReasons reason names separated by commas
 * @param eligibilityDecidedBy {@code RULES} or {@code STAFF}
 */
public record EligibilityAssessment(Eligibility eligibility, String eligibilityReasons, String eligibilityDecidedBy,
		String rulesVersion) {

	static final String BY_RULES = "RULES";

	static final String BY_STAFF = "STAFF";

	static EligibilityAssessment byRules(Eligibility eligibility, List<EligibilityReason> reasons, String rulesVersion) {
		return new EligibilityAssessment(eligibility, join(reasons), BY_RULES, rulesVersion);
	}

	static EligibilityAssessment byStaff(Eligibility eligibility, String rulesVersion) {
		return new EligibilityAssessment(eligibility, EligibilityReason.STAFF_DECISION.name(), BY_STAFF, rulesVersion);
	}

	public List<EligibilityReason> reasons() {
		return eligibilityReasons.isBlank() ? List.of()
				: Arrays.stream(eligibilityReasons.split(",")).map(EligibilityReason::valueOf).toList();
	}

	public boolean decidedByStaff() {
		return BY_STAFF.equals(eligibilityDecidedBy);
	}

	private static String join(List<EligibilityReason> reasons) {
		return reasons.stream().map(Enum::name).collect(Collectors.joining(","));
	}

}
