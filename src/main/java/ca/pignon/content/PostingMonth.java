package ca.pignon.content;

/**
 * A merchant's posts of a month, for the advisor's dashboard.
 *
 * @param planned the calendar's posts of the month, skipped ones included
 * @param published those marked published
 * @param stopped whether they stopped publishing ({@link PublishingStoppedPolicy})
 */
public record PostingMonth(int planned, int published, boolean stopped) {
}
