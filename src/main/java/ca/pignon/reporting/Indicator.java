package ca.pignon.reporting;

/**
 * The program's indicators, defined in plain French in {@code docs/reporting.md}; ids in English kebab case.
 */
public enum Indicator {

	REGISTERED("registered", Kind.COUNT), ELIGIBLE("eligible", Kind.COUNT), NOT_ELIGIBLE("not-eligible", Kind.COUNT),
	NOT_ELIGIBLE_OUTSIDE_TERRITORY("not-eligible-outside-territory", Kind.COUNT),
	NOT_ELIGIBLE_HOME_BASED("not-eligible-home-based", Kind.COUNT),
	NOT_ELIGIBLE_ONLINE_ONLY("not-eligible-online-only", Kind.COUNT),
	NOT_ELIGIBLE_NO_STOREFRONT("not-eligible-no-storefront", Kind.COUNT),
	NOT_ELIGIBLE_OTHER("not-eligible-other", Kind.COUNT),
	RETAINED("retained", Kind.COUNT), WAITLISTED("waitlisted", Kind.COUNT), DROP_OUTS("drop-outs", Kind.COUNT),
	DIAGNOSTICS_COMPLETED("diagnostics-completed", Kind.COUNT), PLANS_APPROVED("plans-approved", Kind.COUNT),
	FIRST_ACTIONS_DONE("first-actions-done", Kind.COUNT), ACTIONS_DONE("actions-done", Kind.SUM),
	HOURS_DELIVERED("hours-delivered", Kind.SUM), PROVIDERS_CHOSEN("providers-chosen", Kind.SUM),
	DOSSIERS_CLOSED("dossiers-closed", Kind.COUNT), SCORE_CHANGE_MEAN("score-change-mean", Kind.MEAN),
	SCORE_CHANGE_MEDIAN("score-change-median", Kind.MEDIAN),
	SCORE_CHANGE_GOALS_MEAN("score-change-goals-mean", Kind.MEAN),
	SCORE_CHANGE_GOALS_MEDIAN("score-change-goals-median", Kind.MEDIAN),
	SCORE_CHANGE_VISIBILITY_MEAN("score-change-visibility-mean", Kind.MEAN),
	SCORE_CHANGE_VISIBILITY_MEDIAN("score-change-visibility-median", Kind.MEDIAN),
	SCORE_CHANGE_WEBSITE_MEAN("score-change-website-mean", Kind.MEAN),
	SCORE_CHANGE_WEBSITE_MEDIAN("score-change-website-median", Kind.MEDIAN),
	SCORE_CHANGE_SOCIAL_MEAN("score-change-social-mean", Kind.MEAN),
	SCORE_CHANGE_SOCIAL_MEDIAN("score-change-social-median", Kind.MEDIAN),
	SCORE_CHANGE_SALES_MEAN("score-change-sales-mean", Kind.MEAN),
	SCORE_CHANGE_SALES_MEDIAN("score-change-sales-median", Kind.MEDIAN),
	SCORE_CHANGE_RELATIONSHIP_MEAN("score-change-relationship-mean", Kind.MEAN),
	SCORE_CHANGE_RELATIONSHIP_MEDIAN("score-change-relationship-median", Kind.MEDIAN),
	SCORE_CHANGE_TOOLS_MEAN("score-change-tools-mean", Kind.MEAN),
	SCORE_CHANGE_TOOLS_MEDIAN("score-change-tools-median", Kind.MEDIAN),
	SCORE_CHANGE_DATA_MEAN("score-change-data-mean", Kind.MEAN),
	SCORE_CHANGE_DATA_MEDIAN("score-change-data-median", Kind.MEDIAN),
	WEB_CHECKS_IMPROVED_SHARE("web-checks-improved-share", Kind.MEAN),
	WEB_MOBILE_IMPROVED_SHARE("web-mobile-improved-share", Kind.MEAN),
	WEB_BUSINESS_PROFILE_IMPROVED_SHARE("web-business-profile-improved-share", Kind.MEAN),
	SURVEY_ANSWERS("survey-answers", Kind.COUNT), SATISFACTION_MEAN("satisfaction-mean", Kind.MEAN),
	SATISFIED_SHARE("satisfied-share", Kind.MEAN);

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
