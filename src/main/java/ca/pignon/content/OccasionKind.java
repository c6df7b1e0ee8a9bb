package ca.pignon.content;

/** What an occasion is: a public holiday, a commercial date, or a local event. */
public enum OccasionKind {

	HOLIDAY, COMMERCIAL, LOCAL;

	/** The kind as the API writes it: {@code holiday}, {@code commercial}, {@code local}. */
	public String apiName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
