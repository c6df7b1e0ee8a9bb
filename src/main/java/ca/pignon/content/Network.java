package ca.pignon.content;

/** The social networks a merchant may plan posts for ({@code content.Network.<NAME>}). */
public enum Network {

	FACEBOOK, INSTAGRAM, TIKTOK, LINKEDIN, GOOGLE_BUSINESS

}
