package ca.pignon.selection.internal;

/** Where a business is online today, as the {@code ONLINE_PRESENCE} rule reads it. */
public enum PresenceLevel {

	/** No website, no social media, no other link. */
	NONE,
	/** Social media or other links, but no website. */
	SOCIAL_ONLY,
	/** A website, with or without social media. */
	WEBSITE

}
