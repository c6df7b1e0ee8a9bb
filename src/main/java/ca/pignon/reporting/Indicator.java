package ca.pignon.reporting;

/**
 * The program's indicators, defined in plain French in {@code docs/reporting.md}; ids in English kebab case.
 */
public enum Indicator {

	REGISTERED("registered", Kind.COUNT), ELIGIBLE("eligible", Kind.COUNT), NOT_ELIGIBLE("not-eligible", Kind.COUNT),
	RETAINED("retained", Kind.COUNT), WAITLISTED("waitlisted", Kind.COUNT), DROP_OUTS("drop-outs", Kind.COUNT),
	DIAGNOSTICS_COMPLETED("diagnostics-completed", Kind.COUNT), PLANS_APPROVED("plans-approved", Kind.COUNT),
	FIRST_ACTIONS_DONE("first-actions-done", Kind.COUNT), ACTIONS_DONE("actions-done", Kind.SUM),
	HOURS_DELIVERED("hours-delivered", Kind.SUM), PROVIDERS_CHOSEN("providers-chosen", Kind.SUM),
	DOSSIERS_CLOSED("dossiers-closed", Kind.COUNT), SCORE_CHANGE_MEAN("score-change-mean", Kind.MEAN),
	SCORE_CHANGE_MEDIAN("score-change-median", Kind.MEDIAN);

	/** How an indicator's merchants make its value. */
	public enum Kind {

		/** how many merchants */
		COUNT,
		/** the sum of a number over the merchants who have some */
		SUM,
		/** the mean over the merchants */
		MEAN,
		/** the median over the merchants */
		MEDIAN;

		/** Whether the cells of a table add up to its margins (and so need complementary suppression). */
		public boolean additive() {
			return this == COUNT || this == SUM;
		}

	}

	private final String id;

	private final Kind kind;

	Indicator(String id, Kind kind) {
		this.id = id;
		this.kind = kind;
	}

	public String id() {
		return id;
	}

	public Kind kind() {
		return kind;
	}

	/** The message key of its label. */
	public String messageKey() {
		return "reporting.indicator." + id;
	}

}
