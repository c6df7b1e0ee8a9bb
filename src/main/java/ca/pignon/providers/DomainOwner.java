package ca.pignon.providers;

/** Who would own the domain name: the merchant, the provider, or there is none in the work. */
public enum DomainOwner {

	MERCHANT, PROVIDER, NONE

}
