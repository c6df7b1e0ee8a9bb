package ca.pignon.reporting;

/**
 * A report for one cohort differs from the report for all rounds by one filter: a cell of the cohort's report is
 * published only when the merchants the two cells differ by are none or at least the minimum, so that subtracting one
 * from the other never gives a group of fewer merchants.
 */
final class CohortDifferencePolicy {

	private CohortDifferencePolicy() {
	}

	static boolean publishable(int inCohort, int inAllRounds, int minimumCell) {
		int difference = inAllRounds - inCohort;
		return difference == 0 || difference >= minimumCell;
	}

}
