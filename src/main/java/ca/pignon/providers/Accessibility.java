package ca.pignon.providers;

/** What the provider commits to about accessibility of the delivered work. */
public enum Accessibility {

	/** WCAG 2.1 level AA. */
	WCAG_AA,
	/** Some care, no commitment to a level. */
	PARTIAL,
	/** None. */
	NONE

}
