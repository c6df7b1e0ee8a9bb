package ca.pignon.providers;

/** Where a provider stands in the directory. */
public enum ProviderStatus {

	/** Applied, not vetted yet. */
	PENDING,
	/** Vetted and approved until a date; past it, the provider is not proposed until renewed. */
	APPROVED,
	/** Refused, with the reason the provider reads. */
	REFUSED,
	/** Suspended by a manager, with a reason. */
	SUSPENDED

}
