package ca.pignon.intake;

/**
 * Why a decision came out as it did; each has a plain-French explanation in the message files.
 */
public enum EligibilityReason {

	IN_PROGRAM_TERRITORY(Eligibility.ELIGIBLE),

	OUTSIDE_PROGRAM_TERRITORY(Eligibility.NOT_ELIGIBLE), HOME_BASED(Eligibility.NOT_ELIGIBLE),
	/** Placed only approximately, but so far out that no point within that approximation is in the territory. */
	FAR_OUTSIDE_PROGRAM_TERRITORY(Eligibility.NOT_ELIGIBLE),
	ONLINE_ONLY(Eligibility.NOT_ELIGIBLE), NO_STOREFRONT(Eligibility.NOT_ELIGIBLE),

	ADDRESS_NOT_FOUND(Eligibility.TO_VERIFY), APPROXIMATE_LOCATION(Eligibility.TO_VERIFY),
	APPROXIMATE_BOUNDARY(Eligibility.TO_VERIFY), NEAR_BOUNDARY(Eligibility.TO_VERIFY),
	RECEPTION_TO_CONFIRM(Eligibility.TO_VERIFY),
	/** The municipality the merchant typed is in the program, the approximate point far outside it. */
	MUNICIPALITY_CONTRADICTS_LOCATION(Eligibility.TO_VERIFY),

	/** The merchant corrected the storefront's address after submitting: staff confirm what the rules say of it. */
	ADDRESS_CORRECTED(Eligibility.TO_VERIFY),

	/** A staff member decided, with a reason kept in the audit trail. */
	STAFF_DECISION(null);

	private final Eligibility leadsTo;

	EligibilityReason(Eligibility leadsTo) {
		this.leadsTo = leadsTo;
	}

	Eligibility leadsTo() {
		return leadsTo;
	}

}
