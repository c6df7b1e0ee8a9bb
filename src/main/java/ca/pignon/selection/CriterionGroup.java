package ca.pignon.selection;

/** The two things the City named: how engaged the merchant is, and what the project would change for the business. */
public enum CriterionGroup {

	ENGAGEMENT, IMPACT

}
