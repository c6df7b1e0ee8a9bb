package ca.pignon.territory;

/**
 * How far the municipality polygon that matched a point can be trusted near its edges.
 */
public enum Precision {

	/** The polygon comes from the City's own boundary data. */
	EXACT,

	/** The polygon comes from a small-scale map: its edges may be off by a few hundred metres. */
	APPROXIMATE

}
