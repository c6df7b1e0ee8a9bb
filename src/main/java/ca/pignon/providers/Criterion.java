package ca.pignon.providers;

/**
 * What the merchant weighs when comparing quotes, each weighed 0 (does not matter) to 3 (matters a lot); the defaults
 * are the program's.
 */
public enum Criterion {

	/** Total cost over three years: the price once and three years of the yearly price. */
	COST(3),
	/** Weeks to delivery. */
	TIMELINE(2),
	/** The merchant owns the domain, the accounts and the content. */
	OWNERSHIP(3),
	/** Maintenance described. */
	MAINTENANCE(2),
	/** References checked by the program (a vetted provider). */
	REFERENCES(2),
	/** Service in French. */
	FRENCH(2),
	/** Accessibility of the delivered work. */
	ACCESSIBILITY(2);

	public static final int MAX_WEIGHT = 3;

	private final int defaultWeight;

	Criterion(int defaultWeight) {
		this.defaultWeight = defaultWeight;
	}

	public int defaultWeight() {
		return defaultWeight;
	}

}
