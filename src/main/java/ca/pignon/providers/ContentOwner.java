package ca.pignon.providers;

/** Who would own the accounts and the content (texts, photos, product lists). */
public enum ContentOwner {

	MERCHANT, PROVIDER

}
