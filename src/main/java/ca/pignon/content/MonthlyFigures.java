package ca.pignon.content;

import java.time.YearMonth;

/**
 * What a merchant (or their advisor) enters for one network and one month: followers at the end of the month, posts
 * published, reach (people who saw the posts) and interactions (reactions, comments, shares, saves).
 */
public record MonthlyFigures(YearMonth month, Network network, long followers, int postsPublished, long reach,
		long interactions) {
}
