package ca.pignon.providers;

/** What the comparison says in plain words about a quote, before the merchant chooses. */
public enum RedFlag {

	/** The merchant would not own their domain name. */
	DOMAIN_NOT_OWNED,
	/** The provider would own the accounts or the content. */
	CONTENT_NOT_OWNED,
	/** No yearly price: what it costs after the first year is unknown. */
	NO_YEARLY_PRICE,
	/** The data would be hosted outside Canada. */
	HOSTED_OUTSIDE_CANADA,
	/** No service in French. */
	NO_FRENCH,
	/** The price once is over the merchant's budget. */
	OVER_BUDGET,
	/** Invited from outside the directory: not vetted by the program. */
	NOT_VETTED

}
