package ca.pignon.intake;

/**
 * What a merchant wants to achieve with digital tools (the checklist of the registration form).
 */
public enum Goal {

	BE_FOUND_ONLINE, WEBSITE, SOCIAL_MEDIA, SELL_ONLINE, ONLINE_BOOKING, REVIEWS_REPUTATION, EMAIL_MARKETING,
	MANAGEMENT_TOOLS, SKILLS_TRAINING

}
