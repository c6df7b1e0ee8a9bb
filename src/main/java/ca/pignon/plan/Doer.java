package ca.pignon.plan;

/** Who carries out an action: the merchant alone, with their advisor, or with a provider the merchant chooses. */
public enum Doer {

	MERCHANT, ADVISOR, PROVIDER

}
